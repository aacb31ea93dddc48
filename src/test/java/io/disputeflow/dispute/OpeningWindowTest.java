package io.disputeflow.dispute;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class OpeningWindowTest {

    static final Instant SHIPPED = Instant.parse("2026-11-02T09:00:00Z");
    static final Instant PROTECTION_ENDS = SHIPPED.plus(60, ChronoUnit.DAYS);

    @Test
    void R1_fiveDaysAfterShipment_disputeCanBeOpened() {
        assertThatThrownBy(() -> OpeningWindow.check(SHIPPED, 15, PROTECTION_ENDS,
                SHIPPED.plus(5, ChronoUnit.DAYS).minusSeconds(1)))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("Too early");
        assertThatCode(() -> OpeningWindow.check(SHIPPED, 15, PROTECTION_ENDS, SHIPPED.plus(5, ChronoUnit.DAYS)))
                .doesNotThrowAnyException();
    }

    @Test
    void R1_promisedDeliveryUnderFiveDays_canBeOpenedRightAfterShipment() {
        assertThatCode(() -> OpeningWindow.check(SHIPPED, 4, PROTECTION_ENDS, SHIPPED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OpeningWindow.check(SHIPPED, 5, PROTECTION_ENDS, SHIPPED))
                .hasMessageStartingWith("Too early");
    }

    @Test
    void R1_afterBuyerProtectionEnds_refused() {
        assertThatCode(() -> OpeningWindow.check(SHIPPED, 15, PROTECTION_ENDS, PROTECTION_ENDS))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> OpeningWindow.check(SHIPPED, 15, PROTECTION_ENDS, PROTECTION_ENDS.plusSeconds(1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Too late")
                .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("order.protectionEndsAt");
    }

    @Test
    void R1_notShippedYet_refused() {
        assertThatThrownBy(() -> OpeningWindow.check(null, 15, PROTECTION_ENDS, SHIPPED))
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("R1");
    }
}
