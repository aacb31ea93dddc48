package io.disputeflow.storefront;

import io.disputeflow.api.ApiCaller;
import io.disputeflow.api.ApiAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    private final EventRetention retention;

    public EventFeedController(EventFeed feed, ApiAccess access, EventProperties properties,
                               EventRetention retention) {
        this.feed = feed;
        this.access = access;
        this.properties = properties;
        this.retention = retention;
    }

    /** A page of events; {@code nextCursor} is the {@code after} of the next page (the same when none came). */
    public record EventPage(List<StorefrontEvent> events, long nextCursor, boolean more) {
    }

    @GetMapping
    @Operation(summary = "The events after a cursor, oldest first: to catch up after downtime, or instead of webhooks",
            description = "Events are kept for 30 days (disputeflow.events.retention). A cursor older than that is "
                    + "answered 410 Gone (problem type events-gone) with resumeAfter, the cursor to go on from, "
                    + "because some events after it were deleted; after=0 always reads from the oldest event kept.")
    @ApiResponse(responseCode = "410", description = "Some events after this cursor were deleted by the retention",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = """
                    {"type": "https://disputeflow.io/problems/events-gone", "title": "Events after this cursor are gone",
                     "status": 410, "detail": "Events after cursor 1200 are no longer kept: events are deleted 30 days \
                    after they occurred. Read the disputes you follow with GET /api/disputes/{id} to bring them up to \
                    date, then go on with after=5230.", "instance": "/api/events", "after": 1200,
                     "resumeAfter": 5230, "oldestAvailableCursor": 5231, "retention": "PT720H"}""")))
    public EventPage events(
            @Parameter(description = "The cursor of the last event you processed (0: from the oldest event kept)")
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
        // read after the events: a deletion that ran meanwhile makes this refuse rather than skip
        long deletedThrough = retention.deletedThrough();
        if (after > 0 && after < deletedThrough) {
            throw new EventsGoneException(after, deletedThrough, feed.firstCursorAfter(deletedThrough),
                    properties.retention());
        }
        long next = events.isEmpty() ? after : events.get(events.size() - 1).cursor();
        return new EventPage(events, next, events.size() == limit);
    }
}
