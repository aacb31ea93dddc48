package io.disputeflow.dispute;

/** A dispute ended with {@code outcome} (published in the closing transaction). */
public record DisputeClosed(String disputeId, String storeId, DisputeOutcome outcome) {
}
