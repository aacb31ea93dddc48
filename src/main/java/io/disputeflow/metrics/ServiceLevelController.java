package io.disputeflow.metrics;

import io.disputeflow.api.ApiAccess;
import io.disputeflow.api.ApiExamples;
import io.disputeflow.api.InvalidRequestException;
import io.disputeflow.store.Stores;
import io.disputeflow.store.UnknownStoreException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Service levels", description = "A store's dispute figures per quarter (R18)")
public class ServiceLevelController {

    private final ServiceLevels serviceLevels;
    private final Stores stores;
    private final ApiAccess access;
    private final Clock clock;

    public ServiceLevelController(ServiceLevels serviceLevels, Stores stores, ApiAccess access, Clock clock) {
        this.serviceLevels = serviceLevels;
        this.stores = stores;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping(path = "/api/stores/{storeId}/service-level", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Disputes opened, resolved by negotiation, arbitrated, counted toward the dispute rate, "
            + "refunds and penalties of one quarter")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = ApiExamples.SERVICE_LEVEL)))
    public ServiceLevelView serviceLevel(@PathVariable("storeId") String storeId,
            @Parameter(description = "e.g. 2026-Q4; the current quarter when omitted")
            @RequestParam(name = "quarter", required = false) String quarter) {
        stores.find(storeId).orElseThrow(() -> new UnknownStoreException(storeId));
        access.requireFigures(storeId);
        return ServiceLevelView.of(serviceLevels.of(storeId, parse(quarter)));
    }

    private Quarter parse(String quarter) {
        if (quarter == null) {
            return Quarter.of(clock.instant());
        }
        try {
            return Quarter.parse(quarter);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("quarter", "format", e.getMessage());
        }
    }
}
