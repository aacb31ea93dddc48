package io.disputeflow.migration;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What an execute request started: Camunda batches for the disputes that can move, and those left where they are. */
public record MigrationOutcome(
        @Schema(example = "DisputeResolution") String process,
        @Schema(example = "2") int targetVersion,
        @Schema(example = "3 disputes move to version 2 in 1 batch; 1 stays where it is") String text,
        List<Batch> batches,
        List<Moving> moving,
        List<Left> left) {

    /** One Camunda batch (visible in Cockpit) moving the disputes of one older version. */
    public record Batch(@Schema(example = "5f0c7d4e-...") String id, int fromVersion, int disputes) {
    }

    public record Moving(String disputeId, int fromVersion) {
    }

    public record Left(String disputeId, int fromVersion, List<String> whyNot) {
    }
}
