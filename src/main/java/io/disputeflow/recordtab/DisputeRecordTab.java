package io.disputeflow.recordtab;

import java.util.List;

/** A dispute's record as a person reads it: every value in words, amounts with currency, times with zone. */
public record DisputeRecordTab(
        String disputeId,
        String store,
        String status,
        boolean closed,
        String reason,
        String openedAt,
        String closedAt,
        String paid,
        String requested,
        List<Deadline> deadlines,
        List<Refund> refunds,
        List<Event> timeline) {

    /** A running deadline and what happens when it passes. */
    public record Deadline(String what, String dueAt, String otherwise) {
    }

    public record Refund(String amount, String paidAt) {
    }

    /** Who did what, when; {@code detail} is the entry's own sentence, if it has one. */
    public record Event(String at, String who, String what, String detail) {
    }
}
