package io.disputeflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void R18_quartersAreCalendarQuartersInUtc() {
        Quarter q4 = Quarter.parse("2026-Q4");
        assertThat(q4.start()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(q4.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(Quarter.of(Instant.parse("2026-09-30T23:59:59Z"))).hasToString("2026-Q3");
        assertThat(Quarter.of(Instant.parse("2026-10-01T00:00:00Z"))).isEqualTo(q4);
    }

    @Test
    void malformedQuarterSaysHowToWriteIt() {
        assertThatThrownBy(() -> Quarter.parse("Q4-2026")).hasMessageContaining("write it like 2026-Q4");
        assertThatThrownBy(() -> Quarter.parse("2026-Q5")).hasMessageContaining("write it like 2026-Q4");
    }
}
