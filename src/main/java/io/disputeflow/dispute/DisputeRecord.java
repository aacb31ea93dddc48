package io.disputeflow.dispute;

import java.math.BigDecimal;
import java.time.Instant;

/** A dispute as stored in DisputeFlow's own table; the process carries only its id and a few facts. */
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
        Boolean countsTowardRate) {
}
