package io.disputeflow.dispute;

import io.disputeflow.problem.Problem;

/** No dispute record has this id. */
public class UnknownDisputeException extends RuntimeException implements Problem {

    public UnknownDisputeException(String disputeId) {
        super("No dispute with id " + disputeId + ": check the id in the Location header of the dispute's creation");
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public String type() {
        return "dispute-not-found";
    }

    @Override
    public String title() {
        return "No such dispute";
    }
}
