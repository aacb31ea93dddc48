package io.disputeflow.dispute;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What was decided in a dispute so far, as the record keeps it: the seller's latest answer (cleared when the buyer
 * modifies the request, R3), why it went to arbitration, the ruling, what is being executed and under which refund
 * key, the return leg, and an abuse report against the buyer. Every earlier answer stays on the timeline.
 */
public record CaseDecisions(SellerAnswer sellerAnswer, EscalationCause escalationCause, Ruling ruling,
                            Execution execution, ReturnLeg returnLeg, AbuseReport abuseReport, Instant agreedAt) {

    public static final CaseDecisions NONE = new CaseDecisions(null, null, null, null, null, null, null);

    /** Decisions without a recorded moment of agreement (none yet, or the seller stays silent). */
    public CaseDecisions(SellerAnswer sellerAnswer, EscalationCause escalationCause, Ruling ruling, Execution execution,
                         ReturnLeg returnLeg, AbuseReport abuseReport) {
        this(sellerAnswer, escalationCause, ruling, execution, returnLeg, abuseReport, null);
    }

    /** Decisions of a dispute whose buyer was not reported for abuse. */
    public CaseDecisions(SellerAnswer sellerAnswer, EscalationCause escalationCause, Ruling ruling, Execution execution,
                         ReturnLeg returnLeg) {
        this(sellerAnswer, escalationCause, ruling, execution, returnLeg, null);
    }

    /**
     * The seller's agent reported the buyer for abuse (e.g. "30% refund or I keep the dispute"): who, when, why, and
     * what the arbitration supervisor found ({@code confirmed} is null until the report is reviewed).
     */
    public record AbuseReport(String reportedBy, Instant reportedAt, String reason, Boolean confirmed) {
    }

    /**
     * A settled agreement or ruling: what is executed, the idempotency key its refund is paid under (R19), and when the
     * agreement or ruling was made (the return's 10 days count from it, R13).
     */
    public record Execution(SettlementSource source, Settlement settlement, String refundKey, int number,
                            Instant agreedAt) {

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
