package io.disputeflow.migration;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;

/** One due date of a dispute before and after the move. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DueDateShift(
        @Schema(example = "The seller accepts, rejects or counters the refund request")
        String what,
        @Schema(description = "deadline: a timer that decides by itself when it passes; task: the due date Tasklist "
                + "shows on a task", allowableValues = {"deadline", "task"})
        String kind,
        @Schema(example = "R2") String rule,
        Instant dueBefore,
        Instant dueAfter,
        @Schema(example = "2 days later") String change,
        @Schema(description = "The new due date has already passed: the deadline fires as soon as the dispute moves")
        boolean dueAtOnce) {

    static DueDateShift between(DueDate before, DueDate after, Instant now) {
        DueDate either = after != null ? after : before;
        Instant old = before == null ? null : before.dueAt();
        Instant moved = after == null ? null : after.dueAt();
        boolean atOnce = after != null && after.kind() == DueDate.Kind.DEADLINE && moved != null && !moved.isAfter(now);
        return new DueDateShift(either.what(), either.kind() == DueDate.Kind.DEADLINE ? "deadline" : "task",
                either.rule(), old, moved, change(before, after), atOnce);
    }

    boolean changed() {
        return dueBefore == null ? dueAfter != null : !dueBefore.equals(dueAfter);
    }

    private static String change(DueDate before, DueDate after) {
        if (before == null) {
            return "new";
        }
        if (after == null) {
            return "no longer";
        }
        if (before.dueAt() == null || after.dueAt() == null) {
            return before.dueAt() == after.dueAt() ? "unchanged" : (after.dueAt() == null ? "no due date any more"
                    : "now has a due date");
        }
        Duration shift = Duration.between(before.dueAt(), after.dueAt());
        if (shift.isZero()) {
            return "unchanged";
        }
        return MigrationWords.duration(shift.abs()) + (shift.isNegative() ? " earlier" : " later");
    }
}
