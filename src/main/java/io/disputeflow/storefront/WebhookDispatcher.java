package io.disputeflow.storefront;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.storefront.WebhookDeliveries.Claimed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One delivery round: number the committed events, add deliveries for the endpoints that receive them, and send
 * what is due. A failed attempt is retried after 10 s, 20 s, 40 s, ... at most 1 h apart and given up 3 days after
 * the first attempt (see {@link EventProperties}). Safe on several nodes: each step locks what it works on.
 */
@Component
public class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** How long a claimed delivery is reserved for the node that sends it (longer than one send can take). */
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** Claims per round: a dispute with several events waiting sends them one after the other in one round. */
    private static final int MAX_CLAIMS_PER_ROUND = 50;

    private final EventFeed feed;
    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookSender sender;
    private final EventProperties properties;
    private final ObjectMapper json;

    public WebhookDispatcher(EventFeed feed, WebhookDeliveries deliveries, WebhookEndpoints endpoints,
                             WebhookSender sender, EventProperties properties, ObjectMapper json) {
        this.feed = feed;
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.sender = sender;
        this.properties = properties;
        this.json = json;
    }

    /** What a round did. */
    public record Round(int delivered, int failedAttempts, int gaveUp) {
    }

    /** Delivers what is due at {@code now} (tests pass the moment they moved the clock to). */
    public Round deliverDue(Instant now) {
        while (feed.sequence(properties.batchSize()) == properties.batchSize()) {
            // more committed events wait for a cursor
        }
        deliveries.fanOut(now, properties.batchSize());
        int delivered = 0;
        int failed = 0;
        int gaveUp = 0;
        for (int claims = 0; claims < MAX_CLAIMS_PER_ROUND; claims++) {
            List<Claimed> due = deliveries.claim(now, LEASE, properties.batchSize());
            if (due.isEmpty()) {
                break;
            }
            for (Claimed delivery : due) {
                Optional<String> error = send(delivery, now);
                if (error.isEmpty()) {
                    deliveries.delivered(delivery, now);
                    delivered++;
                } else {
                    Instant retryAt = now.plus(properties.retryDelay(delivery.attempts() + 1));
                    Instant firstAttempt = delivery.firstAttemptAt() == null ? now : delivery.firstAttemptAt();
                    boolean giveUp = !now.isBefore(firstAttempt.plus(properties.giveUpAfter()));
                    deliveries.attemptFailed(delivery, now, error.get(), giveUp ? null : retryAt);
                    if (giveUp) {
                        gaveUp++;
                        LOG.warn("Gave up delivering event {} to webhook endpoint {} after {} attempts: {}",
                                delivery.eventRowId(), delivery.endpointId(), delivery.attempts() + 1, error.get());
                    } else {
                        failed++;
                    }
                }
            }
        }
        return new Round(delivered, failed, gaveUp);
    }

    private Optional<String> send(Claimed delivery, Instant now) {
        Optional<WebhookEndpoint> endpoint = endpoints.find(delivery.endpointId());
        if (endpoint.isEmpty()) {
            return Optional.of("The endpoint was deleted");
        }
        StorefrontEvent event = feed.byRowId(delivery.eventRowId());
        return sender.send(endpoint.get().url(), endpoints.secretOf(delivery.endpointId()), event, body(event), now);
    }

    /** The JSON storefronts receive; the same bytes on every attempt, so the event id identifies them. */
    String body(StorefrontEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.id() + " is not serialisable", e);
        }
    }
}
