package io.disputeflow.migration;

import java.time.Instant;

/**
 * A due date of a running process instance: a timer's (a deadline that fires by itself) or a user task's (shown in
 * Tasklist, fires nothing). {@code what} is in words; {@code rule} is the rule of RULES.md behind a timer, if any.
 */
record DueDate(Kind kind, String elementId, String what, String rule, Instant dueAt) {

    enum Kind {
        DEADLINE, TASK
    }

    /** The same due date in another version: same kind, same element. */
    String key() {
        return kind + ":" + elementId;
    }
}
