package io.disputeflow.arbitration;

import java.math.BigDecimal;

/** An arbitrator's validated ruling (R11) and penalty finding (R12). */
public record Ruling(Outcome outcome, BigDecimal refundAmount, boolean sellerPenalty, String note) {

    public enum Outcome { FULL_REFUND, PARTIAL_REFUND, REFUND_WITH_RETURN, NO_REFUND }
}
