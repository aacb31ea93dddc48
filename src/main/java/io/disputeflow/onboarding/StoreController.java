package io.disputeflow.onboarding;

import io.disputeflow.api.ApiAccess;
import io.disputeflow.api.ApiExamples;
import io.disputeflow.api.IdempotentRequests;
import io.disputeflow.onboarding.OnboardingViews.StoreView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** A store as onboarding sees it, and closing it. */
@RestController
@Tag(name = "Onboarding")
public class StoreController {

    private final StoreDirectory directory;
    private final OnboardingReads reads;
    private final ApiAccess access;
    private final IdempotentRequests idempotent;

    public StoreController(StoreDirectory directory, OnboardingReads reads, ApiAccess access,
                           IdempotentRequests idempotent) {
        this.directory = directory;
        this.reads = reads;
        this.access = access;
        this.idempotent = idempotent;
    }

    @GetMapping(path = "/api/stores/{storeId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A store: its company, whether it is open, its open disputes")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = ApiExamples.STORE)))
    public StoreView store(@PathVariable("storeId") String storeId) {
        access.requirePlatformAdministration();
        return reads.store(storeId);
    }

    @PostMapping(path = "/api/stores/{storeId}/closure", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close a store",
            description = "From now on the store takes no new disputes (they are refused with rule store-closed); "
                    + "its open disputes run to their end, and its people keep working on them in Tasklist. A closed "
                    + "store no longer counts toward the company's six. Closing a closed store changes nothing.")
    @ApiResponse(responseCode = "200", description = "Closed", content = @Content(
            examples = @ExampleObject(value = ApiExamples.CLOSED_STORE)))
    @ApiResponse(responseCode = "404", description = "No such store", content = @Content(
            mediaType = "application/problem+json"))
    public ResponseEntity<Object> close(@PathVariable("storeId") String storeId,
                                        @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.run(access.requirePlatformAdministration(), key,
                List.of("POST /api/stores/" + storeId + "/closure"), () -> {
                    directory.closeStore(storeId);
                    return ResponseEntity.ok(reads.store(storeId));
                });
    }
}
