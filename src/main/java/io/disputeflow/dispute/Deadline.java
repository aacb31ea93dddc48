package io.disputeflow.dispute;

import java.time.Instant;

/** An open deadline of a dispute: what must happen by when, what happens otherwise, and the rule behind it. */
public record Deadline(String what, Instant dueAt, String otherwise, String rule) {
}
