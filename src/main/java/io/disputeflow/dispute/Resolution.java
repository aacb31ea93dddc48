package io.disputeflow.dispute;

/** What is executed after an agreement or a ruling (process variable {@code resolution}, Gateway_Resolution). */
public enum Resolution implements Labelled {
    /** Pay the refund now. */
    REFUND("refund"),
    /** The buyer returns the goods first (R13-R16), then the refund is paid. */
    REFUND_WITH_RETURN("refund after the return"),
    /** The seller sends the goods again; no refund. */
    RESEND("goods sent again"),
    /** The ruling grants nothing. */
    NO_REFUND("no refund");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean returnRequired() {
        return this == REFUND_WITH_RETURN;
    }
}
