package io.disputeflow.dispute;

import java.util.Map;

/** A buyer's action arrived at or after the deadline that closes it (R2, R7, R13): refused, the deadline's outcome stands. */
public class DeadlinePassedException extends ActionNotAllowedException {

    private final Deadline deadline;

    public DeadlinePassedException(String action, DisputeStatus status, Deadline deadline) {
        super(action, status, deadline.rule(), deadline.passedMessage());
        this.deadline = deadline;
    }

    @Override
    public String type() {
        return "deadline-passed";
    }

    @Override
    public String title() {
        return "The deadline for " + action() + " has passed";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("rule", deadline.rule(), "disputeStatus", status(), "deadline", deadline.dueAt().toString(),
                "instead", deadline.otherwise());
    }
}
