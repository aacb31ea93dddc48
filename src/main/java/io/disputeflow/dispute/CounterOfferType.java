package io.disputeflow.dispute;

/** What a seller's counter-offer proposes (form field {@code counterOfferType}; R4). */
public enum CounterOfferType implements Labelled {
    PARTIAL_REFUND("partial refund"),
    REFUND_WITH_RETURN("refund after the goods are returned"),
    RESEND("send the goods again");

    private final String label;

    CounterOfferType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the offer names an amount (a resend does not). */
    public boolean hasAmount() {
        return this != RESEND;
    }
}
