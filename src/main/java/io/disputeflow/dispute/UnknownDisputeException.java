package io.disputeflow.dispute;

/** No dispute record has this id. */
public class UnknownDisputeException extends RuntimeException {

    public UnknownDisputeException(String disputeId) {
        super("No dispute with id " + disputeId);
    }
}
