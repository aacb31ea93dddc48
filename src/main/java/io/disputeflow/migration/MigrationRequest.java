package io.disputeflow.migration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Which version to move to (the latest when omitted), optionally only some disputes or the disputes of some stores. */
public record MigrationRequest(
        @Schema(example = "2", description = "The version to move to; the latest when omitted")
        @Min(value = 1, message = "must be a version number, 1 or more")
        Integer targetVersion,
        @Schema(description = "Only these disputes (e.g. a pilot); every open dispute of an older version when omitted")
        @Size(max = 1000, message = "may name at most 1000 disputes")
        List<String> disputeIds,
        @Schema(description = "Only the disputes of these stores (e.g. a pilot store first); every store when omitted",
                example = "[\"store-aurora-gadgets\"]")
        @Size(max = 100, message = "may name at most 100 stores")
        List<String> storeIds) {

    static final MigrationRequest LATEST_FOR_ALL = new MigrationRequest(null, null, null);

    boolean includes(MigrationPlanning.RunningInstance instance) {
        return (disputeIds == null || disputeIds.contains(instance.businessKey()))
                && (storeIds == null || storeIds.contains(instance.storeId()));
    }
}
