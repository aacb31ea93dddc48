package io.disputeflow.storefront;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How events reach storefronts: the retry schedule of a failed delivery (doubling from {@code firstRetry} up to
 * {@code maxRetry}, given up {@code giveUpAfter} after its first attempt), how long before a deadline its reminder
 * is sent, how often the dispatcher runs, whether plain-HTTP endpoint URLs are accepted (tests, local demos), and
 * how long events and their finished deliveries are kept ({@code retention}, 30 days like Stripe's events).
 */
@ConfigurationProperties("disputeflow.events")
public record EventProperties(Duration firstRetry, Duration maxRetry, Duration giveUpAfter, Duration reminderLead,
                              Duration dispatchInterval, Boolean scheduled, Boolean allowPlainHttp,
                              Duration connectTimeout, Duration requestTimeout, Integer batchSize,
                              Duration retention) {

    public EventProperties {
        firstRetry = firstRetry == null ? Duration.ofSeconds(10) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
        giveUpAfter = giveUpAfter == null ? Duration.ofDays(3) : giveUpAfter;
        reminderLead = reminderLead == null ? Duration.ofDays(1) : reminderLead;
        dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(5) : dispatchInterval;
        scheduled = scheduled == null || scheduled;
        allowPlainHttp = allowPlainHttp != null && allowPlainHttp;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        batchSize = batchSize == null ? 100 : batchSize;
        retention = retention == null ? Duration.ofDays(30) : retention;
    }

    /** The wait before attempt {@code failedAttempts + 1}: 10 s, 20 s, 40 s, ... at most {@link #maxRetry}. */
    public Duration retryDelay(int failedAttempts) {
        Duration delay = firstRetry;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
