package io.disputeflow.dispute;

/** The seller's answer to a refund request (form field and process variable {@code sellerDecision}; R2, R4-R6). */
public enum SellerDecision implements Labelled {
    ACCEPT("accepted the request"),
    REJECT("rejected the request"),
    COUNTER_OFFER("made a counter-offer");

    private final String label;

    SellerDecision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
