package io.disputeflow.logistics;

import io.disputeflow.api.ApiAccess;
import io.disputeflow.api.ApiExamples;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Carriers", description = "Parcel tracking from carrier webhooks; the case files read it")
public class TrackingEventController {

    /** What the intake did with a webhook call; repeated events are recognised and not stored again. */
    public record Receipt(String carrier, String trackingNumber, int received, int recorded) {
    }

    private final TrackingEvents tracking;
    private final ApiAccess access;

    public TrackingEventController(TrackingEvents tracking, ApiAccess access) {
        this.tracking = tracking;
        this.access = access;
    }

    @PostMapping(path = "/api/tracking-events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a carrier's tracking events (idempotent: repeats are ignored)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ApiExamples.TRACKING_EVENTS))))
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(value = ApiExamples.TRACKING_RECEIPT)))
    public ResponseEntity<Receipt> record(@Valid @RequestBody TrackingEventsRequest request) {
        access.requireTrackingIntake();
        String carrier = request.carrier().trim();
        String trackingNumber = request.trackingNumber().trim();
        int recorded = tracking.record(carrier, trackingNumber, request.toEvents());
        return ResponseEntity.accepted().body(new Receipt(carrier, trackingNumber, request.events().size(), recorded));
    }
}
