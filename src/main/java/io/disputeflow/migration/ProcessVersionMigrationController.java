package io.disputeflow.migration;

import io.disputeflow.api.ApiAccess;
import io.disputeflow.api.ApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Process versions", description = "Process owners move open disputes to a new version of their process: "
        + "preview first, then migrate")
public class ProcessVersionMigrationController {

    private final ProcessMigrations migrations;
    private final ApiAccess access;

    public ProcessVersionMigrationController(ProcessMigrations migrations, ApiAccess access) {
        this.migrations = migrations;
        this.access = access;
    }

    @PostMapping(path = "/api/process-versions/{key}/migration-preview", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What moving the open disputes of older versions to the target version would do",
            description = "A dry run of Camunda's own migration per dispute, always rolled back: whether each dispute "
                    + "can move and why not, each deadline's and task's due date before and after (changed timers "
                    + "are re-evaluated), how many would be due at once and what that pays, money at risk before and "
                    + "after. Process owners and administrators only.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    examples = @ExampleObject(value = MigrationExamples.REQUEST))))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = MigrationExamples.PREVIEW)))
    @ApiResponse(responseCode = "403", description = "Not a process owner")
    @ApiResponse(responseCode = "404", description = "Unknown process or version (field key or targetVersion)")
    @ApiResponse(responseCode = "409", description = "No open dispute runs on an older version")
    public MigrationPreview preview(
            @Parameter(description = "DisputeResolution, PlatformArbitration or ReturnShipment")
            @PathVariable("key") String key,
            @Valid @RequestBody(required = false) MigrationRequest request) {
        ApiCaller owner = access.requireProcessOwner();
        return migrations.preview(owner, key, request == null ? MigrationRequest.LATEST_FOR_ALL : request);
    }

    @PostMapping(path = "/api/process-versions/{key}/migrations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move the open disputes of older versions that can move to the target version",
            description = "The same dry run as the preview decides who can move; those move in Camunda batches (one "
                    + "per older version, visible in Cockpit), run as the caller. Each dispute gets a timeline entry "
                    + "when it actually moves, and its tasks the due dates of the new version. 202 when batches were "
                    + "started; 200 when no dispute could move (left says why).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    examples = @ExampleObject(value = MigrationExamples.REQUEST))))
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(value = MigrationExamples.OUTCOME)))
    @ApiResponse(responseCode = "403", description = "Not a process owner")
    @ApiResponse(responseCode = "404", description = "Unknown process or version (field key or targetVersion)")
    @ApiResponse(responseCode = "409", description = "No open dispute runs on an older version")
    public ResponseEntity<MigrationOutcome> migrate(
            @Parameter(description = "DisputeResolution, PlatformArbitration or ReturnShipment")
            @PathVariable("key") String key,
            @Valid @RequestBody(required = false) MigrationRequest request) {
        ApiCaller owner = access.requireProcessOwner();
        MigrationOutcome outcome = migrations.execute(owner, key,
                request == null ? MigrationRequest.LATEST_FOR_ALL : request);
        return ResponseEntity.status(outcome.batches().isEmpty() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(outcome);
    }
}
