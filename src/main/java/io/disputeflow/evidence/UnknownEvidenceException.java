package io.disputeflow.evidence;

import io.disputeflow.problem.Problem;

/** The dispute has no evidence item with this id. */
public class UnknownEvidenceException extends RuntimeException implements Problem {

    public UnknownEvidenceException(String disputeId, long evidenceId) {
        super("Dispute " + disputeId + " has no evidence " + evidenceId + ": list its evidence to find the id");
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public String type() {
        return "evidence-not-found";
    }

    @Override
    public String title() {
        return "No such evidence";
    }
}
