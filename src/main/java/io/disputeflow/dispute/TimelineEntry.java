package io.disputeflow.dispute;

import java.time.Instant;

/** One line of a dispute's audit trail: who did what, when. */
public record TimelineEntry(Instant occurredAt, String actor, String action, String detail) {
}
