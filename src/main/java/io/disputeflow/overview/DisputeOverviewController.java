package io.disputeflow.overview;

import io.disputeflow.api.ApiAccess;
import io.disputeflow.api.ApiExamples;
import io.disputeflow.dispute.DisputeQuery;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Collection;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/disputes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Disputes")
public class DisputeOverviewController {

    private final DisputeRecords records;
    private final DisputeViews views;
    private final ApiAccess access;

    public DisputeOverviewController(DisputeRecords records, DisputeViews views, ApiAccess access) {
        this.records = records;
        this.views = views;
        this.access = access;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A dispute: status, proposal, seller's answer, agreement or ruling, open deadlines, "
            + "refunds paid, the actions the buyer can take now, and the timeline")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = ApiExamples.DISPUTE)))
    @ApiResponse(responseCode = "404", description = "No such dispute", content = @Content(
            mediaType = "application/problem+json"))
    public DisputeView dispute(@PathVariable("id") String id) {
        DisputeRecord dispute = records.get(id);
        access.requireRead(dispute.storeId());
        return views.of(dispute);
    }

    @GetMapping
    @Operation(summary = "Disputes, newest first, of the stores the caller may see")
    public DisputePage disputes(
            @Parameter(description = "Only this store") @RequestParam(name = "storeId", required = false) String storeId,
            @Parameter(description = "Only this status") @RequestParam(name = "status", required = false)
            DisputeStatus status,
            @RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
            @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
        Collection<String> stores;
        if (storeId != null) {
            access.requireRead(storeId);
            stores = List.of(storeId);
        } else {
            stores = access.readableStores();
        }
        return views.page(new DisputeQuery(stores, status, page, size));
    }
}
