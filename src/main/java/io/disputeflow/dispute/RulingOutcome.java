package io.disputeflow.dispute;

/** The arbitrator's ruling (form field and variable {@code rulingOutcome}; R11). */
public enum RulingOutcome implements Labelled {
    FULL_REFUND("full refund"),
    PARTIAL_REFUND("partial refund"),
    REFUND_WITH_RETURN("refund after the goods are returned"),
    NO_REFUND("no refund");

    private final String label;

    RulingOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
