package io.disputeflow.buyer;

import io.disputeflow.api.ApiAccess;
import io.disputeflow.api.ApiExamples;
import io.disputeflow.api.IdempotentRequests;
import io.disputeflow.api.InvalidRequestException;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.RuleViolationException;
import io.disputeflow.overview.DisputeView;
import io.disputeflow.overview.DisputeViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The buyer's actions on a dispute. Each answers 200 with the dispute as it stands afterwards, 409 when the
 * dispute's state does not allow the action (the problem says why), and accepts an Idempotency-Key.
 */
@RestController
@RequestMapping(path = "/api/disputes/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Buyer actions", description = "What the buyer does through the storefront; 409 when the dispute's "
        + "state does not allow it")
@ApiResponse(responseCode = "200", description = "Done; the dispute as it stands now",
        content = @Content(schema = @Schema(implementation = DisputeView.class)))
@ApiResponse(responseCode = "409", description = "Not allowed in the dispute's current state, or a concurrent change "
        + "won", content = @Content(mediaType = "application/problem+json",
        examples = @ExampleObject(value = ApiExamples.CONFLICT)))
public class BuyerActionController {

    private static final String IDEMPOTENCY_KEY = IdempotentRequests.HEADER;

    private final BuyerActions actions;
    private final DisputeRecords records;
    private final DisputeViews views;
    private final ApiAccess access;
    private final IdempotentRequests idempotent;

    public BuyerActionController(BuyerActions actions, DisputeRecords records, DisputeViews views, ApiAccess access,
                                 IdempotentRequests idempotent) {
        this.actions = actions;
        this.records = records;
        this.views = views;
        this.access = access;
        this.idempotent = idempotent;
    }

    @PostMapping(path = "/modification", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Modify the refund request (R3): the seller's 5 days start again",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ApiExamples.MODIFICATION))))
    public ResponseEntity<Object> modify(@PathVariable("id") String id, @Valid @RequestBody ModificationRequest request,
                                         @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        if (request.isEmpty()) {
            throw new InvalidRequestException("requestedRefund", "required",
                    "Send at least one of requestedRefund, reason or description");
        }
        return act(id, key, "modification", request, () -> {
            if (request.requestedRefund() != null
                    && !request.requestedRefund().currency().equals(records.get(id).currency())) {
                throw new RuleViolationException("order-currency", "requestedRefund.currency",
                        "Refunds are in the order's currency, " + records.get(id).currency());
            }
            actions.modify(id, request.requestedRefund() == null ? null : request.requestedRefund().value(),
                    request.reason(), request.description());
        });
    }

    @PostMapping("/counter-offer/acceptance")
    @Operation(summary = "Accept the seller's counter-offer (R4, R5): the agreement is executed")
    public ResponseEntity<Object> acceptCounterOffer(@PathVariable("id") String id,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, key, "counter-offer/acceptance", null, () -> actions.acceptCounterOffer(id));
    }

    @PostMapping("/counter-offer/rejection")
    @Operation(summary = "Reject the seller's counter-offer (R4): the buyer may then modify or escalate")
    public ResponseEntity<Object> rejectCounterOffer(@PathVariable("id") String id,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, key, "counter-offer/rejection", null, () -> actions.rejectCounterOffer(id));
    }

    @PostMapping("/escalation")
    @Operation(summary = "Escalate to platform arbitration (R6): after a rejection")
    public ResponseEntity<Object> escalate(@PathVariable("id") String id,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, key, "escalation", null, () -> actions.escalate(id));
    }

    @PostMapping("/cancellation")
    @Operation(summary = "Cancel the dispute (R9): before a ruling; the order completes without refund")
    public ResponseEntity<Object> cancel(@PathVariable("id") String id,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, key, "cancellation", null, () -> actions.cancel(id));
    }

    @PostMapping(path = "/return-shipment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File the return's tracking number (R13): within 10 days of the agreement or ruling",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ApiExamples.RETURN_SHIPMENT))))
    public ResponseEntity<Object> shipReturn(@PathVariable("id") String id,
                                             @Valid @RequestBody ReturnShipmentRequest request,
                                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, key, "return-shipment", request,
                () -> actions.shipReturn(id, request.carrier().trim(), request.trackingNumber().trim()));
    }

    private ResponseEntity<Object> act(String id, String key, String action, Object body, Runnable change) {
        return idempotent.run(access.requireBuyerSide(), key, List.of("POST", id, action, String.valueOf(body)), () -> {
            change.run();
            return ResponseEntity.ok(views.of(id));
        });
    }
}
