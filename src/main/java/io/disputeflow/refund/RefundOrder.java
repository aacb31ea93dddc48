package io.disputeflow.refund;

import java.math.BigDecimal;
import java.util.Objects;

/** What the provider is asked to pay back: {@code amount} in {@code currency}, at most two decimals. */
public record RefundOrder(String idempotencyKey, String disputeId, String orderId, BigDecimal amount,
        String currency) {

    public RefundOrder {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
