package io.disputeflow.process;

import io.disputeflow.dispute.Deadline;

/**
 * A task completed at or after its deadline (the seller's 5 days, R2; the 30 days to confirm a return, R15): refused,
 * the deadline's outcome stands. Camunda's REST API answers it with 409 ({@link EngineRestRefusalMapper}).
 */
public class TaskDeadlinePassed extends RuntimeException {

    public TaskDeadlinePassed(String taskName, Deadline deadline) {
        super(taskName + ": " + deadline.passedMessage() + " Reload the task list.");
    }
}
