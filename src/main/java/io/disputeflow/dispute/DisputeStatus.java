package io.disputeflow.dispute;

/** Where a dispute stands, as the REST API, Tasklist and metrics show it. */
public enum DisputeStatus implements Labelled {
    AWAITING_SELLER("waiting for the seller's answer"),
    NEGOTIATING("negotiating"),
    IN_ARBITRATION("in platform arbitration"),
    AWAITING_RETURN_SHIPMENT("waiting for the buyer to ship the return"),
    AWAITING_RETURN_RECEIPT("waiting for the seller to confirm the return"),
    REFUNDED("refunded"),
    CLOSED_NO_REFUND("closed without refund"),
    CANCELLED("cancelled");

    private final String label;

    DisputeStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == REFUNDED || this == CLOSED_NO_REFUND || this == CANCELLED;
    }
}
