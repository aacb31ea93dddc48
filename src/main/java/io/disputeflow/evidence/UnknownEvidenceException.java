package io.disputeflow.evidence;

/** The dispute has no evidence item with this id. */
public class UnknownEvidenceException extends RuntimeException {

    public UnknownEvidenceException(String disputeId, long evidenceId) {
        super("Dispute " + disputeId + " has no evidence " + evidenceId + ": list its evidence to find the id");
    }
}
