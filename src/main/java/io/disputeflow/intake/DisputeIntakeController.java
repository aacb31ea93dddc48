package io.disputeflow.intake;

import io.disputeflow.api.ApiAccess;
import io.disputeflow.api.ApiExamples;
import io.disputeflow.api.IdempotentRequests;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.overview.DisputeView;
import io.disputeflow.overview.DisputeViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/disputes")
@Tag(name = "Disputes", description = "Open disputes and read where they stand")
public class DisputeIntakeController {

    private final DisputeIntake intake;
    private final DisputeViews views;
    private final ApiAccess access;
    private final IdempotentRequests idempotent;

    public DisputeIntakeController(DisputeIntake intake, DisputeViews views, ApiAccess access,
                                   IdempotentRequests idempotent) {
        this.intake = intake;
        this.views = views;
        this.access = access;
        this.idempotent = idempotent;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a dispute (refund request)",
            description = "Checks the request against R1 (opening window), R19 (at most the paid amount), the store "
                    + "and the reason code, stores the dispute and starts its DisputeResolution process. Send an "
                    + "Idempotency-Key to make retries safe.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "not as described", value = ApiExamples.OPEN_DISPUTE))))
    @ApiResponse(responseCode = "201", description = "Opened; Location names the new dispute",
            content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON or invalid fields", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(value = ApiExamples.VALIDATION)))
    @ApiResponse(responseCode = "409", description = "The order already has an open dispute", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(value = ApiExamples.DUPLICATE)))
    @ApiResponse(responseCode = "422", description = "Refused by a rule: R1, R19, unknown or closed store, reason",
            content = @Content(mediaType = "application/problem+json", examples = {
                    @ExampleObject(name = "opening window", value = ApiExamples.RULE_VIOLATION),
                    @ExampleObject(name = "store closed", value = ApiExamples.STORE_CLOSED)}))
    public ResponseEntity<Object> open(@Valid @RequestBody OpenDisputeRequest request,
                                       @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.run(access.requireBuyerSide(), key, List.of("POST /api/disputes", request), () -> {
            DisputeRecord dispute = intake.open(request.toCommand());
            URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                    .buildAndExpand(dispute.id()).toUri();
            return ResponseEntity.created(location).body(views.opened(dispute.id()));
        });
    }
}
