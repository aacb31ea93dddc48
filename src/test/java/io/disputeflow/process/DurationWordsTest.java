package io.disputeflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationWordsTest {

    @Test
    void literalsInsideExpressionsReadAsWords() {
        assertThat(DurationWords.firstIn("${deadlines.after(requestedAt, 'P5D')}")).contains("5 days");
        assertThat(DurationWords.firstIn("P1D")).contains("1 day");
        assertThat(DurationWords.firstIn("R/P2D")).contains("2 days");
        assertThat(DurationWords.firstIn("PT12H")).contains("12 hours");
        assertThat(DurationWords.firstIn("P1DT12H")).contains("1 day 12 hours");
        assertThat(DurationWords.firstIn("P2W")).contains("2 weeks");
        assertThat(DurationWords.firstIn("${arbitrationIntake.schedule(execution, 'P2D')}", "working day"))
                .contains("2 working days");
    }

    @Test
    void noLiteral_noWords() {
        assertThat(DurationWords.firstIn("${intakeDueAt}")).isEmpty();
        assertThat(DurationWords.firstIn("${disputeStatus.enter(execution, 'IN_ARBITRATION')}")).isEmpty();
        assertThat(DurationWords.firstIn("PAID")).isEmpty();
        assertThat(DurationWords.firstIn(null)).isEmpty();
    }
}
