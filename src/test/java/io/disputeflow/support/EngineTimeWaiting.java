package io.disputeflow.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Waits for job executors that work in their own threads while Camunda's clock is frozen by the test. The clock
 * moves on by {@code tick} every five seconds of waiting, as real time would, so that retries of failed jobs and
 * of jobs that lost a race fall due.
 */
public final class EngineTimeWaiting {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final int POLLS_PER_TICK = 20;

    private final Duration patience;
    private final Duration tick;

    public EngineTimeWaiting(Duration patience, Duration tick) {
        this.patience = patience;
        this.tick = tick;
    }

    public void until(String what, BooleanSupplier done) {
        Instant giveUp = Instant.now().plus(patience);
        int polls = 0;
        while (!done.getAsBoolean()) {
            if (++polls % POLLS_PER_TICK == 0) {
                ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(tick)));
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Not reached within " + patience + ": " + what);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting until " + what, e);
            }
        }
    }
}
