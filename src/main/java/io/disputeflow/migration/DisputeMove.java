package io.disputeflow.migration;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.disputeflow.api.MoneyJson;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What moving one open dispute to the target version would do, or why it cannot move. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisputeMove(
        @Schema(example = "D-7Q2K9") String disputeId,
        @Schema(example = "Aurora Home") String storeName,
        @Schema(example = "1") int currentVersion,
        @Schema(description = "Where the dispute waits now, in the words of its model", example = "[\"Respond to dispute\"]")
        List<String> waitsIn,
        boolean canMove,
        @Schema(description = "Why it cannot move, in words; empty when it can")
        List<String> whyNot,
        @Schema(description = "Its deadlines and task due dates before and after the move (only when it can move)")
        List<DueDateShift> dueDates,
        @Schema(description = "A deadline would pass as soon as it moves")
        boolean dueAtOnce,
        @Schema(description = "What that deadline's automatic outcome pays (R2: the buyer's requested amount, R15: the "
                + "agreed refund); absent when it pays nothing directly")
        MoneyJson paysAtOnce) {
}
