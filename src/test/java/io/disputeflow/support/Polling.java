package io.disputeflow.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting for work that other threads or processes do (a node's job executor, a node starting in its own JVM).
 * It only watches: it never moves Camunda's clock (see {@link EngineTime} for that).
 */
public final class Polling {

    private static final Duration POLL = Duration.ofMillis(100);

    private Polling() {
    }

    /** Waits until {@code done}; fails after {@code patience} with {@code state} in the message. */
    public static void until(String what, Duration patience, BooleanSupplier done, Supplier<String> state) {
        Instant giveUp = Instant.now().plus(patience);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Not reached within " + patience + ": " + what + state.get());
            }
            pause(POLL);
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
