package io.disputeflow.dispute;

/**
 * R18: every dispute that reaches arbitration counts against the store, whatever the ruling; a dispute ended
 * without arbitration counts unless its cause is the buyer's own (the classification says which).
 */
public final class DisputeRateRule {

    private DisputeRateRule() {
    }

    public static boolean countsTowardRate(boolean reachedArbitration, Boolean countsIfNegotiated) {
        return reachedArbitration || !Boolean.FALSE.equals(countsIfNegotiated);
    }
}
