package io.disputeflow.dispute;

import java.math.BigDecimal;

/**
 * What was decided in a dispute so far, as the record keeps it: the seller's latest answer (cleared when the buyer
 * modifies the request, R3), why it went to arbitration, the ruling, what is being executed and under which refund
 * key, and the return leg. Every earlier answer stays on the timeline.
 */
public record CaseDecisions(SellerAnswer sellerAnswer, EscalationCause escalationCause, Ruling ruling,
                            Execution execution, ReturnLeg returnLeg) {

    public static final CaseDecisions NONE = new CaseDecisions(null, null, null, null, null);

    /** A settled agreement or ruling: what is executed, and the idempotency key its refund is paid under (R19). */
    public record Execution(SettlementSource source, Settlement settlement, String refundKey, int number) {

        public Resolution resolution() {
            return settlement.resolution();
        }

        public BigDecimal refundAmount() {
            return settlement.refundAmount();
        }
    }

    /** The buyer's return parcel and how the return leg ended (null while it runs). */
    public record ReturnLeg(String carrier, String trackingNumber, ReturnOutcome outcome) {
    }

    public boolean ruled() {
        return ruling != null;
    }

    public boolean arbitrated() {
        return escalationCause != null;
    }
}
