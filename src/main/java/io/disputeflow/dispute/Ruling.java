package io.disputeflow.dispute;

import java.math.BigDecimal;

/** An arbitrator's validated ruling (R11) and penalty finding (R12); the amount is what the ruling refunds. */
public record Ruling(RulingOutcome outcome, BigDecimal refundAmount, boolean sellerPenalty, String note) {
}
