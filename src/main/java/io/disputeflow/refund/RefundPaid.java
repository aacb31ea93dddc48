package io.disputeflow.refund;

import java.math.BigDecimal;

/** The ledger paid a refund (published in the paying transaction, once per idempotency key). */
public record RefundPaid(String disputeId, BigDecimal amount, String currency) {
}
