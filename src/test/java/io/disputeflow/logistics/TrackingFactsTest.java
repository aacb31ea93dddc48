package io.disputeflow.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackingFactsTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void silentParcel_lastUpdateAndWholeDaysWithoutUpdate() {
        TrackingFacts facts = TrackingFacts.of(List.of(
                new TrackingEvent(Instant.parse("2026-11-01T08:00:00Z"), "ACCEPTED", "Shenzhen", "Accepted"),
                new TrackingEvent(Instant.parse("2026-11-05T09:00:00Z"), "IN_TRANSIT", "Madrid hub", "Arrived")), NOW);

        assertThat(facts.lastUpdateAt()).isEqualTo(Instant.parse("2026-11-05T09:00:00Z"));
        assertThat(facts.lastLocation()).isEqualTo("Madrid hub");
        assertThat(facts.daysWithoutUpdate()).isEqualTo(15);
        assertThat(facts.deliveredAt()).isNull();
        assertThat(facts.signaturePresent()).isFalse();
    }

    @Test
    void deliveredAndSignedFor() {
        TrackingFacts facts = TrackingFacts.of(List.of(
                new TrackingEvent(Instant.parse("2026-11-10T15:00:00Z"), "DELIVERED", "Lyon", "Delivered, signed by M. Dupont"),
                new TrackingEvent(Instant.parse("2026-11-09T08:00:00Z"), "OUT_FOR_DELIVERY", "Lyon", null)), NOW);

        assertThat(facts.deliveredAt()).isEqualTo(Instant.parse("2026-11-10T15:00:00Z"));
        assertThat(facts.signaturePresent()).isTrue();
    }

    @Test
    void noHistory_noFacts() {
        assertThat(TrackingFacts.of(List.of(), NOW)).isEqualTo(new TrackingFacts(null, null, null, null, false));
    }
}
