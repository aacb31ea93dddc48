package io.disputeflow.logistics;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** {@code POST /api/tracking-events}: a carrier's webhook call with the parcel's scan events. */
public record TrackingEventsRequest(
        @Schema(example = "Cainiao") @NotBlank(message = "is required") @Size(max = 64) String carrier,
        @Schema(example = "LP00123456789CN") @NotBlank(message = "is required") @Size(max = 64) String trackingNumber,
        @NotEmpty(message = "must list at least one event") @Size(max = 500) List<@Valid @NotNull Event> events) {

    public record Event(
            @Schema(example = "2026-11-06T14:30:00Z") @NotNull(message = "is required") Instant at,
            @Schema(example = "IN_TRANSIT", description = "Carrier status; DELIVERED marks the delivery")
            @NotBlank(message = "is required") @Size(max = 32) String status,
            @Schema(example = "Madrid sorting centre") @Size(max = 200) String location,
            @Schema(example = "Arrived at sorting centre") @Size(max = 500) String description) {
    }

    List<TrackingEvent> toEvents() {
        return events.stream().map(event -> new TrackingEvent(event.at(), event.status().trim(), event.location(),
                event.description())).toList();
    }
}
