package io.disputeflow.demo;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only, part of the readiness group ({@code application-demo.yaml}): DOWN while Camunda's
 * JVM-global clock is away from real time, as it is while {@link DemoDisputes} plays disputes in the past.
 * Requests served then would get wrong timestamps and deadlines.
 */
@Component("demoClock")
@Profile("demo")
public class DemoClockHealthIndicator extends AbstractHealthIndicator {

    /** More than any delay between reading the two clocks. */
    static final Duration TOLERANCE = Duration.ofSeconds(30);

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Instant real = Instant.now();
        Instant engine = ClockUtil.getCurrentTime().toInstant();
        Duration offset = Duration.between(real, engine);
        builder.withDetail("engineTime", engine.toString()).withDetail("offset", offset.toString());
        if (offset.abs().compareTo(TOLERANCE) > 0) {
            builder.down();
        } else {
            builder.up();
        }
    }
}
