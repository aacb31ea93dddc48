package io.disputeflow.storefront;

import io.disputeflow.api.ApiCaller;
import io.disputeflow.api.ApiAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(path = "/api/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events to storefronts")
public class EventFeedController {

    private final EventFeed feed;
    private final ApiAccess access;
    private final EventProperties properties;

    public EventFeedController(EventFeed feed, ApiAccess access, EventProperties properties) {
        this.feed = feed;
        this.access = access;
        this.properties = properties;
    }

    /** A page of events; {@code nextCursor} is the {@code after} of the next page (the same when none came). */
    public record EventPage(List<StorefrontEvent> events, long nextCursor, boolean more) {
    }

    @GetMapping
    @Operation(summary = "The events after a cursor, oldest first: to catch up after downtime, or instead of webhooks")
    public EventPage events(
            @Parameter(description = "The cursor of the last event you processed (0: from the beginning)")
            @RequestParam(name = "after", defaultValue = "0") @Min(0) long after,
            @RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(1000) int limit,
            @Parameter(description = "Only this store's events") @RequestParam(name = "storeId", required = false)
            String storeId,
            @Parameter(description = "Only this dispute's events") @RequestParam(name = "disputeId", required = false)
            String disputeId) {
        ApiCaller caller = access.requireEventSubscriber();
        feed.sequence(properties.batchSize());
        Collection<String> stores = caller.seesEveryStore() ? null : caller.storeIds();
        if (storeId != null) {
            stores = stores == null || stores.contains(storeId) ? List.of(storeId) : List.of();
        }
        List<StorefrontEvent> events = new ArrayList<>(feed.after(after, limit, stores, disputeId));
        long next = events.isEmpty() ? after : events.get(events.size() - 1).cursor();
        return new EventPage(events, next, events.size() == limit);
    }
}
