package io.disputeflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.intake.DisputeIntake;
import io.disputeflow.intake.OpenDispute;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.TestPostgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Timer storm on the application: N disputes wait for the seller (reminders already handled, see
 * {@link PreparedStorm}); all their 5-day seller deadlines fall due at once, on one or two nodes. Measured: time
 * from the clock move until every dispute is REFUNDED (deadline timer, settle agreement, pay refund, close).
 * Checked: every deadline fired once and every refund was paid once; otherwise the benchmark fails.
 */
final class TimerStormScenario implements Scenario {

    static final int SETUP_THREADS = 4;
    /** How many disputes wait for the seller's answer (their task exists). */
    static final String WAITING_FOR_THE_SELLER = "SELECT count(*) FROM act_ru_task WHERE task_def_key_ = '"
            + Tasks.RESPOND_TO_DISPUTE + "'";
    private static final String ALERT_SUPERVISOR = "Task_AlertStoreSupervisor";

    private final String id;
    private final String variant;
    private final int nodes;
    private final JobExecutorSettings imposed;
    private final int size;
    private final PreparedStorm prepared;
    private final TestPostgres postgres;
    private final CostMeter meter;
    private final Path workDirectory;
    private final ScenarioResult result;
    private final Progress progress;

    /** {@code imposed} null: the settings the application ships. */
    TimerStormScenario(String id, String variant, int nodes, JobExecutorSettings imposed, int size,
                       PreparedStorm prepared, TestPostgres postgres, CostMeter meter, Path workDirectory,
                       ScenarioResult result, Progress progress) {
        this.id = id;
        this.variant = variant;
        this.nodes = nodes;
        this.imposed = imposed;
        this.size = size;
        this.prepared = prepared;
        this.postgres = postgres;
        this.meter = meter;
        this.workDirectory = workDirectory;
        this.result = result;
        this.progress = progress;
    }

    /** The template of the application's storms: N disputes opened in-process, waiting, reminders handled. */
    static PreparedStorm prepare(int size, TestPostgres postgres, Path workDirectory, Progress progress) {
        return new PreparedStorm("storm", postgres, progress, database -> {
            TimerStormPhases.freezeClockAtOpening();
            try (HikariDataSource pool = CostMeter.harnessPool(postgres, database, 2);
                 ApplicationNode node = BenchmarkNode.start(postgres, database, "node-a", "default", null,
                         workDirectory)) {
                BenchmarkAccounts.registerStore(node);
                TimerStormPhases phases = new TimerStormPhases(new JdbcTemplate(pool),
                        node.engine().getManagementService(), size, message -> progress.say("storm template: "
                        + message));
                openDisputes(node.bean(DisputeIntake.class), size, i -> dispute("O-STORM-", i, TimerStormPhases.OPENED),
                        message -> progress.say("storm template: " + message));
                phases.awaitSetup("disputes waiting for the seller", WAITING_FOR_THE_SELLER);
                double reminders = phases.reminders(Timers.SELLER_RESPONSE_REMINDER, List.of(
                        succeeded(Timers.SELLER_RESPONSE_REMINDER), succeeded(ALERT_SUPERVISOR)));
                progress.say(String.format("storm template: %d reminders handled in %.1f s", size, reminders));
                CostMeter.refreshPlannerStatistics(new JdbcTemplate(pool));
                return ClockUtil.now().toInstant();
            } finally {
                ClockUtil.reset();
            }
        });
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void runOnce(int run, int runs) {
        String database = prepared.newDatabase();
        List<ApplicationNode> started = new ArrayList<>();
        // before any node starts: its job executor must not see the deadlines due yet
        ClockUtil.setCurrentTime(Date.from(prepared.clock()));
        try (HikariDataSource pool = CostMeter.harnessPool(postgres, database, 2)) {
            progress.say(id, run, runs, "starting " + nodes + " node(s) on a copy of the prepared storm, "
                    + database);
            for (int i = 0; i < nodes; i++) {
                String name = "node-" + (char) ('a' + i);
                // one node keeps the engine name "default"; nodes sharing a JVM need names of their own, without
                // hyphens (Camunda ignores a name with a hyphen and falls back to "default")
                String engineName = nodes == 1 ? "default" : name.replace("-", "");
                started.add(BenchmarkNode.start(postgres, database, name, engineName, imposed, workDirectory));
            }
            ApplicationNode first = started.get(0);
            result.note(variant + " — " + JobExecutorSettings.actual(first, imposed == null ? "tuned (as shipped)"
                    : imposed.label()).describe());
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            TimerStormPhases phases = new TimerStormPhases(jdbc, first.engine().getManagementService(), size,
                    message -> progress.say(id, run, runs, message));
            int failedBefore = phases.count(failedJobs());
            result.note(variant + " — " + CamundaIndexScript.presentIn(jdbc));

            CostMeter.Reading before = meter.begin(database);
            double deadlines = phases.deadlines(Timers.SELLER_RESPONSE_DUE,
                    "SELECT count(*) FROM dispute WHERE status = 'REFUNDED'", "refunded");
            CostMeter.Reading after = meter.read(database);
            CostMeter.Cost cost = meter.between(before, after, size);
            meter.writeProfile(id() + "-" + run, before, after, size);
            progress.say(id, run, runs, cost.describe("dispute"));
            progress.say(id, run, runs, String.format("%d disputes refunded %.1f s after their deadlines fell due "
                    + "(%.1f/s)", size, deadlines, size / deadlines));

            checkExactlyOnce(phases);
            record("deadlines due → all refunded", "s", 1, deadlines);
            record("refunds paid per second", "1/s", 1, size / deadlines);
            record("failed job executions (retried)", "count", 0, phases.count(failedJobs()) - failedBefore);
            cost.record(result, variant + ": ", "dispute");
            if (nodes > 1) {
                record("deadlines fired by node-a", "%", 0, 100.0 * phases.count(succeeded(Timers.SELLER_RESPONSE_DUE)
                        + " AND hostname_ = 'node-a'") / size);
            }
        } finally {
            started.forEach(ApplicationNode::close);
            ClockUtil.reset();
            postgres.dropDatabase(database);
        }
    }

    private void record(String metric, String unit, int decimals, double value) {
        result.record(variant + ": " + metric, unit, decimals, value);
    }

    /** N disputes through the application's intake service (preparation, not measured), from a few threads. */
    static void openDisputes(DisputeIntake intake, int size, IntFunction<OpenDispute> dispute,
                             Consumer<String> progress) {
        AtomicInteger opened = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(SETUP_THREADS);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < SETUP_THREADS; t++) {
                int thread = t;
                parts.add(threads.submit(() -> {
                    for (int i = thread; i < size; i += SETUP_THREADS) {
                        intake.open(dispute.apply(i));
                        opened.incrementAndGet();
                    }
                }));
            }
            long nextReport = System.nanoTime() + 15_000_000_000L;
            for (Future<?> part : parts) {
                while (!part.isDone()) {
                    Waiting.sleep(250);
                    if (System.nanoTime() > nextReport) {
                        progress.accept("opened " + opened.get() + "/" + size);
                        nextReport = System.nanoTime() + 15_000_000_000L;
                    }
                }
                part.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Opening disputes failed after " + opened.get() + " disputes", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** A defective-item dispute of the benchmark's store, 10.00 of 25.00 USD proposed, opened at {@code opened}. */
    static OpenDispute dispute(String orderPrefix, int i, Instant opened) {
        return new OpenDispute(orderPrefix + i, BenchmarkAccounts.STORE, "buyer-" + i, "en", "DEFECTIVE", null,
                new BigDecimal("10.00"), "USD", false, new BigDecimal("25.00"), opened.minus(10, ChronoUnit.DAYS), 15,
                opened.plus(60, ChronoUnit.DAYS), "Cainiao", "LP-" + orderPrefix + i);
    }

    /** Every deadline fired once, every refund paid once (R19), nothing paid twice or wrongly: else abort. */
    private void checkExactlyOnce(TimerStormPhases phases) {
        List<String> violations = new ArrayList<>();
        expect(violations, phases, "refund rows", "SELECT count(*) FROM refund");
        expect(violations, phases, "distinct refund idempotency keys",
                "SELECT count(DISTINCT idempotency_key) FROM refund");
        expect(violations, phases, "disputes with a refund", "SELECT count(DISTINCT dispute_id) FROM refund");
        expect(violations, phases, "seller deadlines fired", succeeded(Timers.SELLER_RESPONSE_DUE));
        expect(violations, phases, "instances whose deadline fired", "SELECT count(DISTINCT process_instance_id_) "
                + "FROM act_hi_job_log WHERE act_id_ = '" + Timers.SELLER_RESPONSE_DUE + "' AND job_state_ = 2");
        int wrongAmounts = phases.count("SELECT count(*) FROM refund WHERE amount <> 10.00");
        if (wrongAmounts > 0) {
            violations.add(wrongAmounts + " refunds of another amount than the 10.00 proposed");
        }
        if (!violations.isEmpty()) {
            throw new IllegalStateException("EXACTLY-ONCE VIOLATED in " + variant + ": " + violations);
        }
    }

    private void expect(List<String> violations, TimerStormPhases phases, String what, String sql) {
        int count = phases.count(sql);
        if (count != size) {
            violations.add(what + " = " + count + ", expected " + size);
        }
    }

    private static String failedJobs() {
        return "SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 1";
    }

    static String succeeded(String activityId) {
        return "SELECT count(*) FROM act_hi_job_log WHERE act_id_ = '" + activityId + "' AND job_state_ = 2";
    }
}
