package io.disputeflow.dispute;

/**
 * An entry was appended to a dispute's timeline, e.g. {@code SELLER_COUNTER_OFFER} (published in the transaction of
 * the change: a listener that writes in it writes iff the change commits).
 */
public record TimelineAppended(String disputeId, String actor, String action) {
}
