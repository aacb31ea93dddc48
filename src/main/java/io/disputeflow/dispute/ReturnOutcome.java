package io.disputeflow.dispute;

/** How the return leg ended (process variable {@code returnOutcome}, read by Gateway_ReturnOutcome; R13-R16). */
public enum ReturnOutcome implements Labelled {
    RECEIVED("the seller confirmed receipt"),
    SELLER_SILENT("the seller did not answer within 30 days"),
    NOT_SHIPPED_IN_TIME("the buyer did not ship the return within 10 days"),
    RETURN_DISPUTED("the seller reported the return as not received or wrong");

    private final String label;

    ReturnOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
