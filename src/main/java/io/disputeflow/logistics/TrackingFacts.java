package io.disputeflow.logistics;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a parcel's tracking history says for a dispute: the last update (when, where), how many whole days it has
 * been silent, when it was delivered and whether the delivery was signed for.
 */
public record TrackingFacts(Instant lastUpdateAt, String lastLocation, Long daysWithoutUpdate, Instant deliveredAt,
                            boolean signaturePresent) {

    public static TrackingFacts of(List<TrackingEvent> history, Instant now) {
        if (history.isEmpty()) {
            return new TrackingFacts(null, null, null, null, false);
        }
        TrackingEvent last = history.stream().max(Comparator.comparing(TrackingEvent::occurredAt)).orElseThrow();
        TrackingEvent delivery = history.stream().filter(TrackingEvent::isDelivery)
                .min(Comparator.comparing(TrackingEvent::occurredAt)).orElse(null);
        boolean signed = delivery != null && delivery.description() != null
                && delivery.description().toLowerCase(Locale.ROOT).contains("sign");
        return new TrackingFacts(last.occurredAt(), last.location(),
                Duration.between(last.occurredAt(), now).toDays(), delivery == null ? null : delivery.occurredAt(), signed);
    }
}
