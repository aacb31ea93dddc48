package io.disputeflow.dispute;

/** Why a dispute went to platform arbitration (R6, R7, R8, R16). */
public enum EscalationCause implements Labelled {
    BUYER_ESCALATED("the buyer escalated after the seller's rejection", "R6"),
    NO_AGREEMENT_IN_15_DAYS("no agreement within 15 days of the request", "R7"),
    PROTECTION_ENDED("buyer protection ended with the goods not received", "R8"),
    RETURN_DISPUTED("the seller reported the return as not received or wrong", "R16");

    private final String label;
    private final String rule;

    EscalationCause(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    @Override
    public String label() {
        return label;
    }

    public String rule() {
        return rule;
    }
}
