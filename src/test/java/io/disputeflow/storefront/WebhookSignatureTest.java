package io.disputeflow.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    static final String SECRET = "whsec_test";
    static final Instant SENT = Instant.parse("2026-11-23T10:00:00Z");
    static final String BODY = "{\"id\":\"e1\",\"type\":\"dispute.opened\"}";

    @Test
    void signsTimestampAndBody_likeStripe() {
        String header = WebhookSignature.header(SECRET, SENT, BODY);
        assertThat(header).isEqualTo("t=" + SENT.getEpochSecond() + ",v1="
                + WebhookSignature.hmac(SECRET, SENT.getEpochSecond() + "." + BODY));
        assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT.plusSeconds(299))).isTrue();
    }

    @Test
    void refusesAnotherBody_anotherSecret_andSignaturesOlderThanFiveMinutes() {
        String header = WebhookSignature.header(SECRET, SENT, BODY);
        assertThat(WebhookSignature.verify(SECRET, header, BODY.replace("e1", "e2"), SENT)).isFalse();
        assertThat(WebhookSignature.verify("whsec_other", header, BODY, SENT)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT.plus(Duration.ofMinutes(5)).plusSeconds(1)))
                .as("a replay after the window").isFalse();
        assertThat(WebhookSignature.verify(SECRET, null, BODY, SENT)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=abc,v1=00", BODY, SENT)).isFalse();
    }

    @Test
    void retriesDoubleFromTenSecondsUpToAnHour() {
        EventProperties defaults = new EventProperties(null, null, null, null, null, null, null, null, null, null, null);
        assertThat(defaults.retryDelay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.retryDelay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.retryDelay(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(defaults.retryDelay(9)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(defaults.retryDelay(10)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.retryDelay(400)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.giveUpAfter()).isEqualTo(Duration.ofDays(3));
    }
}
