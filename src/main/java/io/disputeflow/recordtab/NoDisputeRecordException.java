package io.disputeflow.recordtab;

import io.disputeflow.problem.Problem;

/** The process instance is unknown, belongs to no dispute, or to a dispute of a store the reader does not serve. */
class NoDisputeRecordException extends RuntimeException implements Problem {

    NoDisputeRecordException() {
        super("No dispute of your stores belongs to this process instance");
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
