package io.disputeflow.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clock moves of a timer storm, shared by the application's storm and the bare Camunda baseline. N instances
 * wait in a user task with a non-interrupting 4-day reminder and an interrupting 5-day deadline. The reminders go
 * first (day 4 + 1 min), as in real time: both timers of one instance due at once would race. Then the deadlines
 * (day 5 + 1 min); the measurement is the time from that clock move until every instance has reached its end.
 * The clock is never slept through: Camunda's clock ({@link ClockUtil}) is moved, the job executors see due jobs.
 */
final class TimerStormPhases {

    /** A Monday: the working-day calendar does not shift anything. */
    static final Instant OPENED = Instant.parse("2026-11-02T10:00:00Z");

    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final int size;
    private final Duration patience;
    private final Consumer<String> progress;

    TimerStormPhases(JdbcTemplate jdbc, ManagementService management, int size, Consumer<String> progress) {
        this.jdbc = jdbc;
        this.management = management;
        this.size = size;
        // generous: failing means broken, not slow (Camunda's defaults may idle up to a minute between polls)
        this.patience = Duration.ofMinutes(10).plusMillis(size * 150L);
        this.progress = progress;
    }

    /** Before the setup: the engine's clock stands still at {@link #OPENED}. */
    static void freezeClockAtOpening() {
        ClockUtil.setCurrentTime(Date.from(OPENED));
    }

    /** Waits (clock frozen) until {@code countSql} reaches N: every instance waits in its user task. */
    void awaitSetup(String what, String countSql) {
        Waiting.until(what, patience, false, () -> count(countSql) >= size,
                () -> count(countSql) + "/" + size, progress);
    }

    /**
     * Moves the clock a minute past the last reminder's due date and returns the seconds until every
     * {@code handledSql} count reached N and no job is due any more.
     */
    double reminders(String reminderTimerId, List<String> handledSql) {
        moveClockPastLastDueDate(reminderTimerId);
        long start = System.nanoTime();
        Waiting.until("reminders", patience, true,
                // the cheap question first: the job log is large and has no index on the activity
                () -> dueJobs() == 0 && handledSql.stream().allMatch(sql -> count(sql) >= size),
                () -> handledSql.stream().map(sql -> Integer.toString(count(sql))).toList() + " of " + size
                        + ", due jobs " + dueJobs(),
                progress);
        return seconds(start);
    }

    /** Moves the clock a minute past the last deadline and returns the seconds until {@code doneSql} reached N. */
    double deadlines(String deadlineTimerId, String doneSql, String doneName) {
        moveClockPastLastDueDate(deadlineTimerId);
        long start = System.nanoTime();
        Waiting.until("deadlines", patience, true, () -> count(doneSql) >= size,
                () -> doneName + " " + count(doneSql) + "/" + size + ", due jobs " + dueJobs(), progress);
        return seconds(start);
    }

    int count(String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }

    /** Jobs the job executor may run now (the engine's view, on the engine's clock). */
    long dueJobs() {
        return management.createJobQuery().executable().count();
    }

    private void moveClockPastLastDueDate(String timerId) {
        List<Job> last = management.createJobQuery().activityId(timerId).timers().orderByJobDuedate().desc()
                .listPage(0, 1);
        if (last.isEmpty()) {
            throw new IllegalStateException("No timer " + timerId + " is waiting: the setup did not work");
        }
        ClockUtil.setCurrentTime(Date.from(last.get(0).getDuedate().toInstant().plus(1, ChronoUnit.MINUTES)));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
