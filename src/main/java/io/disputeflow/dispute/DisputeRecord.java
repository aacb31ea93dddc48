package io.disputeflow.dispute;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A dispute as stored in DisputeFlow's own tables: the request as filed (and modified), where it stands, and what
 * was decided. The record owns the case; the process carries only what its gateways and timers need.
 */
public record DisputeRecord(
        String id,
        String orderId,
        String storeId,
        String buyerId,
        String buyerLanguage,
        String reason,
        String category,
        String description,
        DisputeStatus status,
        String currency,
        BigDecimal paidAmount,
        BigDecimal requestedAmount,
        boolean returnOffered,
        Instant shippedAt,
        int promisedDeliveryDays,
        Instant protectionEndsAt,
        String carrier,
        String trackingNumber,
        Instant openedAt,
        Instant closedAt,
        String outcome,
        Boolean countsTowardRate,
        CaseDecisions decisions) {

    /** A dispute as filed: nothing decided yet. */
    public DisputeRecord(String id, String orderId, String storeId, String buyerId, String buyerLanguage, String reason,
                         String category, String description, DisputeStatus status, String currency,
                         BigDecimal paidAmount, BigDecimal requestedAmount, boolean returnOffered, Instant shippedAt,
                         int promisedDeliveryDays, Instant protectionEndsAt, String carrier, String trackingNumber,
                         Instant openedAt, Instant closedAt, String outcome, Boolean countsTowardRate) {
        this(id, orderId, storeId, buyerId, buyerLanguage, reason, category, description, status, currency, paidAmount,
                requestedAmount, returnOffered, shippedAt, promisedDeliveryDays, protectionEndsAt, carrier,
                trackingNumber, openedAt, closedAt, outcome, countsTowardRate, CaseDecisions.NONE);
    }

    public DisputeRecord {
        decisions = decisions == null ? CaseDecisions.NONE : decisions;
    }
}
