package io.disputeflow.storefront;

import io.disputeflow.api.ApiAccess;
import io.disputeflow.api.ApiCaller;
import io.disputeflow.api.InvalidRequestException;
import io.disputeflow.storefront.WebhookDeliveries.Delivery;
import io.disputeflow.storefront.WebhookDeliveries.State;
import io.disputeflow.storefront.WebhookDeliveries.Status;
import io.disputeflow.identity.PeopleNames;
import io.disputeflow.store.Store;
import io.disputeflow.store.Stores;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(path = "/api/webhook-endpoints", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events to storefronts", description = "Signed webhooks with retries, and the event feed to catch up "
        + "with; a storefront account manages its own endpoints, administrators all of them")
public class WebhookEndpointController {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final Stores stores;
    private final ApiAccess access;
    private final EventProperties properties;
    private final Clock clock;
    private final PeopleNames names;

    public WebhookEndpointController(WebhookEndpoints endpoints, WebhookDeliveries deliveries, Stores stores,
                                     ApiAccess access, EventProperties properties, Clock clock, PeopleNames names) {
        this.names = names;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.stores = stores;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /** An endpoint as the API shows it; the secret only in the answer to its registration. */
    public record EndpointJson(String id, String url, String description, boolean allStores, List<String> storeIds,
                               String owner, Instant createdAt, String secret) {

        static EndpointJson of(WebhookEndpoint endpoint, String secret) {
            return new EndpointJson(endpoint.id(), endpoint.url(), endpoint.description(), endpoint.allStores(),
                    endpoint.storeIds(), endpoint.ownerId(), endpoint.createdAt(), secret);
        }
    }

    /** An endpoint's delivery status and its latest deliveries. */
    public record DeliveriesJson(EndpointJson endpoint, Status status, List<Delivery> deliveries) {
    }

    /** An endpoint's delivery status with the names of its account and stores, as administrators read it. */
    public record EndpointStatusJson(EndpointJson endpoint, String ownerName, List<String> storeNames,
                                     Status status) {
    }

    /**
     * Every visible endpoint's delivery status, and in words how long a failing delivery is retried
     * ({@code giveUpAfter}) and how long events and finished deliveries are kept ({@code retention}).
     */
    public record DeliveryOverviewJson(List<EndpointStatusJson> endpoints, String giveUpAfter, String retention) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a webhook endpoint; the answer holds the signing secret, shown this once")
    public ResponseEntity<EndpointJson> register(@Valid @RequestBody WebhookEndpointRequest request) {
        ApiCaller caller = access.requireEventSubscriber();
        checkUrl(request.url());
        List<String> storeIds = request.storeIds();
        if (storeIds != null) {
            checkStores(caller, storeIds);
        }
        WebhookEndpoints.Registered registered = endpoints.register(caller.userId(), request.url().strip(),
                request.description(), storeIds, clock.instant());
        return ResponseEntity.created(URI.create("/api/webhook-endpoints/" + registered.endpoint().id()))
                .body(EndpointJson.of(registered.endpoint(), registered.secret()));
    }

    @GetMapping
    @Operation(summary = "The caller's webhook endpoints (an administrator's: every endpoint)")
    public List<EndpointJson> list() {
        ApiCaller caller = access.requireEventSubscriber();
        return endpoints.all(access.isIntegrationAdmin(caller) ? null : caller.userId()).stream()
                .map(endpoint -> EndpointJson.of(endpoint, null)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One webhook endpoint")
    public EndpointJson endpoint(@PathVariable("id") String id) {
        return EndpointJson.of(visible(id), null);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a webhook endpoint; its pending deliveries are dropped")
    public ResponseEntity<Void> delete(@PathVariable("id") String id) {
        endpoints.delete(visible(id).id());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "Delivery status: backlog, attempts, last error, last success, and the latest deliveries")
    public DeliveriesJson deliveries(
            @PathVariable("id") String id,
            @Parameter(description = "Only deliveries in this state: PENDING, DELIVERED or FAILED")
            @RequestParam(name = "state", required = false) State state,
            @RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(500) int limit) {
        WebhookEndpoint endpoint = visible(id);
        return new DeliveriesJson(EndpointJson.of(endpoint, null), deliveries.status(id),
                deliveries.list(id, state, limit));
    }

    @GetMapping("/delivery-status")
    @Operation(summary = "Delivery status of every endpoint the caller sees (an administrator's: all), with the "
            + "names of the storefront accounts and stores; Cockpit's \"Storefront deliveries\" panel reads it")
    public DeliveryOverviewJson deliveryStatus() {
        ApiCaller caller = access.requireEventSubscriber();
        List<EndpointStatusJson> statuses = endpoints.all(access.isIntegrationAdmin(caller) ? null : caller.userId())
                .stream()
                .map(endpoint -> new EndpointStatusJson(EndpointJson.of(endpoint, null), names.of(endpoint.ownerId()),
                        endpoint.storeIds().stream().map(storeId -> stores.find(storeId).map(Store::name)
                                .orElse(storeId)).toList(), deliveries.status(endpoint.id())))
                .toList();
        return new DeliveryOverviewJson(statuses, inWords(properties.giveUpAfter()), inWords(properties.retention()));
    }

    private static String inWords(java.time.Duration duration) {
        if (duration.toHours() % 24 == 0 && duration.toDays() > 0) {
            return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
        }
        return duration.toHours() + (duration.toHours() == 1 ? " hour" : " hours");
    }

    /** The endpoint if the caller owns it or administers integrations; others' endpoints do not exist for them. */
    private WebhookEndpoint visible(String id) {
        ApiCaller caller = access.requireEventSubscriber();
        return endpoints.find(id)
                .filter(endpoint -> endpoint.ownerId().equals(caller.userId()) || access.isIntegrationAdmin(caller))
                .orElseThrow(() -> new UnknownWebhookEndpointException(id));
    }

    private void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            throw new InvalidRequestException("url", "format", "must be an absolute URL such as "
                    + "https://shop.example.com/disputeflow/events");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidRequestException("url", "format", "must be an absolute https URL such as "
                    + "https://shop.example.com/disputeflow/events");
        }
        if (scheme.equals("http") && !properties.allowPlainHttp()) {
            throw new InvalidRequestException("url", "https", "must use https: events carry buyers' disputes");
        }
    }

    private void checkStores(ApiCaller caller, List<String> storeIds) {
        if (storeIds.isEmpty()) {
            throw new InvalidRequestException("storeIds", "required", "must name at least one store, or be left out"
                    + " for every store");
        }
        for (String storeId : storeIds) {
            if (storeId == null || stores.find(storeId).isEmpty()) {
                throw new InvalidRequestException("storeIds", "registered-store", "names store '" + storeId
                        + "', which is not registered on the marketplace");
            }
            if (!caller.seesEveryStore() && !caller.storeIds().contains(storeId)) {
                throw new InvalidRequestException("storeIds", "own-store", "names store '" + storeId
                        + "', which " + caller.userId() + " does not serve");
            }
        }
    }
}
