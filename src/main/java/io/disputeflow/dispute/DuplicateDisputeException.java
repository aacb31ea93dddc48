package io.disputeflow.dispute;

/** The order already has an open dispute; the buyer should continue that one. */
public class DuplicateDisputeException extends RuntimeException {

    private final String existingDisputeId;

    public DuplicateDisputeException(String orderId, String existingDisputeId) {
        super("Order " + orderId + " already has an open dispute, " + existingDisputeId
                + ": modify or cancel that dispute instead of opening another");
        this.existingDisputeId = existingDisputeId;
    }

    public String existingDisputeId() {
        return existingDisputeId;
    }
}
