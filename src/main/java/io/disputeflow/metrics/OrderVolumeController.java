package io.disputeflow.metrics;

import io.disputeflow.api.ApiAccess;
import io.disputeflow.api.ApiCaller;
import io.disputeflow.api.ApiExamples;
import io.disputeflow.api.InvalidRequestException;
import io.disputeflow.metrics.OrderVolumes.DailyVolume;
import io.disputeflow.store.Stores;
import io.disputeflow.store.UnknownStoreException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The marketplace's order system reports each store's shipped orders per day: the dispute rate's denominator. */
@RestController
@Tag(name = "Service levels")
public class OrderVolumeController {

    record OrderVolumeRequest(
            @Schema(example = "1250", description = "Orders of the store shipped on that day (UTC)")
            @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more")
            Long ordersShipped) {
    }

    private final OrderVolumes volumes;
    private final Stores stores;
    private final ApiAccess access;
    private final Clock clock;

    public OrderVolumeController(OrderVolumes volumes, Stores stores, ApiAccess access, Clock clock) {
        this.volumes = volumes;
        this.stores = stores;
        this.access = access;
        this.clock = clock;
    }

    @PutMapping(path = "/api/stores/{storeId}/order-volumes/{date}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report the orders a store shipped on one day",
            description = "From the marketplace's order system, once a day per store. The quarter's dispute rate "
                    + "(R18) divides the disputes that count by the sum of the quarter's days. A repeated report of a "
                    + "day replaces the earlier one. For platform administrators (group platform-admins).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "one day", value = ApiExamples.ORDER_VOLUME_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The day's first report", content = @Content(
            schema = @Schema(implementation = DailyVolume.class),
            examples = @ExampleObject(value = ApiExamples.ORDER_VOLUME)))
    @ApiResponse(responseCode = "200", description = "The day's report replaced")
    @ApiResponse(responseCode = "400", description = "Invalid date or count", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(value = ApiExamples.VALIDATION)))
    @ApiResponse(responseCode = "404", description = "No such store", content = @Content(
            mediaType = "application/problem+json"))
    public ResponseEntity<DailyVolume> report(
            @PathVariable("storeId") String storeId,
            @Parameter(description = "The day (UTC), e.g. 2026-11-02; today or earlier")
            @PathVariable("date") String date,
            @Valid @RequestBody OrderVolumeRequest request) {
        ApiCaller caller = access.requirePlatformAdministration();
        stores.find(storeId).orElseThrow(() -> new UnknownStoreException(storeId));
        DailyVolume volume = new DailyVolume(storeId, day(date), request.ordersShipped(), clock.instant(),
                caller.userId());
        boolean first = volumes.report(volume);
        return ResponseEntity.status(first ? HttpStatus.CREATED : HttpStatus.OK).body(volume);
    }

    private LocalDate day(String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("date", "format", "must be a day such as 2026-11-02, not '" + date + "'");
        }
        if (day.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            throw new InvalidRequestException("date", "range", "is in the future: report a day's orders once they "
                    + "have shipped");
        }
        return day;
    }
}
