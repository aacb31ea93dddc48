package io.disputeflow.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Lets engine time pass for jobs while Camunda's clock ({@link ClockUtil}) is frozen by the test: when no job can
 * run any more and the goal is not reached, the clock moves straight to the next <em>retry</em> of a failed job
 * (a job with an exception and retries left), as the retry cycle of its activity scheduled it. Timers that are
 * not retries are never reached this way: moving to a deadline stays the test's own, explicit step. Real time is
 * never slept through to let engine time pass.
 * <ul>
 *   <li>{@link #executingJobs}: the engine's job executor is off; jobs run here, through
 *       {@link ManagementService#executeJob}, a few process instances at a time.</li>
 *   <li>{@link #withJobExecutor}: job executors (of one node or several on one database) run the jobs; this only
 *       watches and moves the clock when they have nothing left to do.</li>
 * </ul>
 */
public final class EngineTime {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final int MAX_RETRY_MOVES = 1_000;

    private final ManagementService management;
    private final Duration patience;
    private final int threads;
    private final AtomicInteger failedExecutions = new AtomicInteger();

    private EngineTime(ManagementService management, Duration patience, int threads) {
        this.management = management;
        this.patience = patience;
        this.threads = threads;
    }

    /** Runs due jobs here, on up to {@code threads} process instances at once (job executor off). */
    public static EngineTime executingJobs(ManagementService management, int threads) {
        return new EngineTime(management, Duration.ofMinutes(3), threads);
    }

    /** Watches the job executors work (job executor on); fails after {@code patience} of real time. */
    public static EngineTime withJobExecutor(ManagementService management, Duration patience) {
        return new EngineTime(management, patience, 0);
    }

    /** Job executions that failed (and were retried or became incidents) in {@link #until} so far. */
    public int failedExecutions() {
        return failedExecutions.get();
    }

    /** Runs or waits for jobs and moves the clock to due retries until {@code done}. */
    public void until(String what, BooleanSupplier done) {
        Instant giveUp = Instant.now().plus(patience);
        int retryMoves = 0;
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Not reached within " + patience + ": " + what + state());
            }
            if (management.createJobQuery().executable().count() > 0) {
                if (threads > 0) {
                    executeDueJobs();
                } else {
                    Polling.pause(POLL);
                }
                continue;
            }
            if (++retryMoves > MAX_RETRY_MOVES || !moveClockToNextRetry()) {
                throw new AssertionError("No job is due and no retry is waiting, but not reached: " + what + state());
            }
        }
    }

    /** @return false when no failed job waits for a retry */
    private boolean moveClockToNextRetry() {
        List<Job> next = management.createJobQuery().withException().withRetriesLeft().orderByJobDuedate().asc()
                .listPage(0, 1);
        if (next.isEmpty() || next.get(0).getDuedate() == null) {
            return false;
        }
        Date due = next.get(0).getDuedate();
        if (due.after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(due);
        }
        return true;
    }

    /** One due job per process instance (two of one instance would only collide), several instances at once. */
    private void executeDueJobs() {
        Map<String, Job> oneEach = new LinkedHashMap<>();
        for (Job job : management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 200)) {
            oneEach.putIfAbsent(job.getProcessInstanceId(), job);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, oneEach.size())));
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Job job : oneEach.values()) {
                runs.add(pool.submit(() -> execute(job.getId())));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } catch (Exception e) {
            throw new AssertionError("Running jobs failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void execute(String jobId) {
        try {
            management.executeJob(jobId);
        } catch (RuntimeException failed) {
            // the engine has recorded the failure: retries decremented, the next one scheduled, or an incident
            failedExecutions.incrementAndGet();
        }
    }

    private String state() {
        return " (engine time " + ClockUtil.getCurrentTime().toInstant() + ", executable jobs "
                + management.createJobQuery().executable().count() + ", failed jobs with retries left "
                + management.createJobQuery().withException().withRetriesLeft().count() + ", without "
                + management.createJobQuery().noRetriesLeft().count() + ")";
    }
}
