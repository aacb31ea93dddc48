package io.disputeflow.dispute;

/** Where a dispute stands, as the REST API, Tasklist and metrics show it. */
public enum DisputeStatus {
    AWAITING_SELLER,
    NEGOTIATING,
    IN_ARBITRATION,
    AWAITING_RETURN_SHIPMENT,
    AWAITING_RETURN_RECEIPT,
    REFUNDED,
    CLOSED_NO_REFUND,
    CANCELLED;

    public boolean isClosed() {
        return this == REFUNDED || this == CLOSED_NO_REFUND || this == CANCELLED;
    }
}
