package io.disputeflow.dispute;

/** A dispute was stored (published in the opening transaction; listeners that count wait for its commit). */
public record DisputeOpened(String disputeId, String storeId, String currency) {
}
