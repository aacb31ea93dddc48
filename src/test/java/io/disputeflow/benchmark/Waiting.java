package io.disputeflow.benchmark;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Polls progress made by the job executors' own threads. While waiting on a moved engine clock it lets the clock
 * run on a minute every five seconds, so that retries of jobs that lost a race (optimistic locking) fall due.
 */
final class Waiting {

    /**
     * Asynchronous steps (Camunda's "message" jobs; timers are "timer") waiting to run. A step that failed has its
     * exception recorded and waits for its retry: it no longer counts (the "failed asynchronous steps" metric shows
     * it). Not by due date: the application dates every job (ensureJobDueDateNotNull).
     */
    static final String ASYNCHRONOUS_STEPS_WAITING = "SELECT count(*) FROM act_ru_job WHERE type_ = 'message' "
            + "AND retries_ > 0 AND exception_msg_ IS NULL";

    private static final long POLL_MILLIS = 250;
    private static final long TICK_MILLIS = 5_000;
    private static final long REPORT_MILLIS = 15_000;

    private Waiting() {
    }

    /**
     * Waits until {@code done}; prints {@code status} every 15 s through {@code report}. Fails after
     * {@code patience}: a benchmark that hangs is broken, not slow.
     */
    static void until(String what, Duration patience, boolean tickEngineClock, BooleanSupplier done,
                      Supplier<String> status, java.util.function.Consumer<String> report) {
        long start = System.nanoTime();
        long nextTick = start + Duration.ofMillis(TICK_MILLIS).toNanos();
        long nextReport = start + Duration.ofMillis(REPORT_MILLIS).toNanos();
        while (!done.getAsBoolean()) {
            long now = System.nanoTime();
            if (now - start > patience.toNanos()) {
                throw new IllegalStateException("Not reached within " + patience + ": " + what + " (" + status.get()
                        + ")");
            }
            if (tickEngineClock && now >= nextTick) {
                ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(1, ChronoUnit.MINUTES)));
                nextTick = now + Duration.ofMillis(TICK_MILLIS).toNanos();
            }
            if (now >= nextReport) {
                report.accept(what + ": " + status.get());
                nextReport = now + Duration.ofMillis(REPORT_MILLIS).toNanos();
            }
            sleep(POLL_MILLIS);
        }
    }

    /** Until no asynchronous step is left to run (the trailing steps of the last items count to them). */
    static void drainJobs(JdbcTemplate jdbc) {
        until("asynchronous steps of the last items", Duration.ofMinutes(10), false,
                () -> jdbc.queryForObject(ASYNCHRONOUS_STEPS_WAITING, Integer.class) == 0,
                () -> jdbc.queryForObject(ASYNCHRONOUS_STEPS_WAITING, Integer.class) + " jobs left", message -> { });
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
