package io.disputeflow.benchmark;

import io.disputeflow.support.TestPostgres;
import java.time.Instant;

/**
 * The state a storm starts from, prepared once and copied for every run: N instances waiting in their user task,
 * their 4-day reminders already handled. Preparing it (opening N disputes, running their first asynchronous steps
 * and reminders) is the slow part and not what is measured, so each run gets a fresh copy of a template database
 * (CREATE DATABASE ... TEMPLATE) and only the deadlines are timed. The backlog of open disputes that
 * {@code lifecycle-open} and {@code desk} run among is prepared the same way ({@link LifecycleScenario#backlog}).
 */
final class PreparedStorm {

    /** Fills an empty database; returns the engine clock at the end (the runs continue from it). */
    interface Preparation {
        Instant prepare(String database);
    }

    private final String prefix;
    private final TestPostgres postgres;
    private final Preparation preparation;
    private final Progress progress;
    private String template;
    private Instant clock;
    private double preparationSeconds;

    PreparedStorm(String prefix, TestPostgres postgres, Progress progress, Preparation preparation) {
        this.prefix = prefix;
        this.postgres = postgres;
        this.preparation = preparation;
        this.progress = progress;
    }

    /** A fresh database in the prepared state (prepared on first use). */
    synchronized String newDatabase() {
        if (template == null) {
            String database = postgres.createDatabase(prefix + "_template");
            progress.say("preparing the " + prefix + " template database " + database + " (once, not measured)");
            long start = System.nanoTime();
            clock = preparation.prepare(database);
            preparationSeconds = (System.nanoTime() - start) / 1e9;
            template = database;
            progress.say(String.format("%s template prepared in %.0f s", prefix, preparationSeconds));
        }
        return postgres.copyDatabase(template, prefix);
    }

    /** The engine clock the runs start from: after the reminders, before the deadlines. */
    synchronized Instant clock() {
        return clock;
    }

    synchronized double preparationSeconds() {
        return preparationSeconds;
    }
}
