package io.disputeflow.migration;

import io.disputeflow.api.MoneyJson;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** What moving the open disputes of older versions of a process to the target version would do. */
public record MigrationPreview(
        @Schema(example = "DisputeResolution") String process,
        @Schema(example = "Dispute resolution") String processName,
        @Schema(example = "2") int targetVersion,
        Instant previewedAt,
        Summary summary,
        List<DisputeMove> disputes) {

    /** The whole change at a glance. */
    public record Summary(
            @Schema(example = "3 of 3 open disputes can move to version 2; none would be due at once; money at risk "
                    + "stays 120.00 USD") String text,
            int disputes,
            int canMove,
            int cannotMove,
            @Schema(description = "Disputes a deadline of which would pass as soon as they move") int dueAtOnce,
            @Schema(description = "What the automatic outcomes of those deadlines would pay, per currency")
            List<MoneyJson> paidAtOnce,
            MoneyAtRiskChange moneyAtRisk) {
    }

    /**
     * Money at risk of the previewed disputes (what their pending automatic outcomes would refund if nobody acts):
     * before the move and after it, when whatever is due at once has been paid.
     */
    public record MoneyAtRiskChange(List<MoneyJson> before, List<MoneyJson> after, boolean unchanged) {
    }
}
