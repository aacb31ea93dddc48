package io.disputeflow.dispute;

import java.time.Instant;

/** An open deadline of a dispute: what must happen by when, what happens otherwise, and the rule behind it. */
public record Deadline(String what, Instant dueAt, String otherwise, String rule) {

    /** Why an action that came too late is refused, and what happens instead. */
    public String passedMessage() {
        String ruled = rule == null ? "" : " (" + rule + ")";
        String instead = otherwise == null ? "" : " " + otherwise + " instead.";
        return "Too late: \"" + what + "\" was due by " + Times.utc(dueAt) + ruled + "." + instead;
    }
}
