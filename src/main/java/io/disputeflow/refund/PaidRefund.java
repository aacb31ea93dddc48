package io.disputeflow.refund;

import java.math.BigDecimal;
import java.time.Instant;

/** A refund entry of the ledger. */
public record PaidRefund(String idempotencyKey, BigDecimal amount, String currency, Instant paidAt,
                         String providerReference) {
}
