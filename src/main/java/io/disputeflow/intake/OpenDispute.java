package io.disputeflow.intake;

import java.math.BigDecimal;
import java.time.Instant;

/** A buyer's refund request with the order facts the storefront knows (amounts in the order's currency). */
public record OpenDispute(
        String orderId,
        String storeId,
        String buyerId,
        String buyerLanguage,
        String reason,
        String description,
        BigDecimal requestedAmount,
        String currency,
        boolean returnOffered,
        BigDecimal paidAmount,
        Instant shippedAt,
        int promisedDeliveryDays,
        Instant protectionEndsAt,
        String carrier,
        String trackingNumber) {
}
