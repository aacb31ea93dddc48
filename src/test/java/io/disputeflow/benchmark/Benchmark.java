package io.disputeflow.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.disputeflow.support.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.LoggerFactory;

/**
 * The benchmark command ({@code ./mvnw -Pbenchmark verify}, see docs/BENCHMARKS.md): runs the selected scenarios
 * on an embedded PostgreSQL with durable commits, prints progress, and writes a Markdown report to
 * {@code target/benchmark/BENCHMARK-<timestamp>.md} (also printed). Exits non-zero when a scenario fails,
 * e.g. when a refund was paid twice.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) {
        int exit = 0;
        try {
            run(BenchmarkOptions.fromSystemProperties());
        } catch (Throwable failure) {
            System.out.flush();
            System.err.println("BENCHMARK FAILED: " + failure);
            failure.printStackTrace();
            exit = 1;
        }
        // the nodes' and HTTP client's pools may leave non-daemon threads behind
        System.exit(exit);
    }

    static void run(BenchmarkOptions options) throws IOException {
        quietLogging();
        ZonedDateTime started = ZonedDateTime.now();
        Progress progress = new Progress();
        Path output = options.output().toAbsolutePath();
        Files.createDirectories(output);
        progress.say("options " + options.describe());
        ClockUtil.reset();

        ScenarioResult intake = new ScenarioResult("1. Intake", "Storefront clients POST /api/disputes back to "
                + "back (closed loop, unique orders) on one node with its job executor on. Per level: a warm-up, the "
                + "node works off its asynchronous steps, then the measured window. Throughput counts the disputes "
                + "opened (HTTP 201) during the window; latency is per request. " + COST);
        ScenarioResult restStart = new ScenarioResult("1b. Baseline: Camunda's REST start", "The same clients, "
                + "node and levels as 1., but each request is Camunda's own POST /engine-rest/process-definition/key/"
                + "DisputeResolution/start with the variables intake passes (HTTP Basic as the storefront, granted "
                + "Camunda's authorizations to start it): no validation, no dispute record written, no answer built "
                + "from it. The process's steps need the dispute record, so the harness inserts the records ahead "
                + "of the requests as its own role (not counted); the instances then do the same asynchronous work "
                + "as intake's. " + COST);
        ScenarioResult lifecycle = new ScenarioResult("2. Lifecycle", "Clients run whole disputes back to back on "
                + "one node: POST /api/disputes, the seller agent completes \"Respond to dispute\" with ACCEPT via "
                + "POST /engine-rest/task/{id}/complete, the job executor settles and pays the refund (status "
                + "REFUNDED). The harness finds the task and watches the status by polling the database every 20 ms "
                + "(as its own database role: not counted in the cost). " + COST);
        ScenarioResult lifecycleOpen = new ScenarioResult("2b. Lifecycle among " + options.lifecycleOpen()
                + " open disputes", "The lifecycle as in 2, on a database that also holds the backlog a marketplace "
                + "has: every run starts on a copy of a template (prepared once, not timed) in which "
                + options.lifecycleOpen() + " disputes of the same store wait for the seller, their tasks in the "
                + "agent's list and their deadlines days away. " + COST);
        ScenarioResult desk = new ScenarioResult("2c. The agent's desk among " + options.lifecycleOpen()
                + " open disputes", options.deskClients() + " seller agents of the store open Tasklist over and "
                + "over, on a copy of the template of 2b. One page view is what Tasklist 7.24 asks for (recorded in a "
                + "browser): GET /engine-rest/filter/count and /filter (without counts), then the first 15 tasks of "
                + "\"My stores · due first\" by deadline with the filter's count and what the cards show (POST "
                + "/engine-rest/filter/{id}/list, HAL). " + COST);
        ScenarioResult answers = new ScenarioResult("2d. The seller's answers among " + options.lifecycleOpen()
                + " open disputes", options.lifecycleClients() + " seller agents of the store answer the disputes "
                + "waiting for them, on a copy of the template of 2b: each completes the next \"Respond to dispute\" "
                + "with ACCEPT via POST /engine-rest/task/{id}/complete as soon as the last is answered; the job "
                + "executor settles and pays the refund. The REST completion and what it causes, without the opening "
                + "that 2. also pays for. " + COST);
        ScenarioResult storm = new ScenarioResult("3. Timer storm", "Prepared once (not timed) in a template "
                + "database: N disputes opened in-process and waiting for the seller, Camunda's clock moved to day 4 "
                + "+ 1 min so that their reminders fired and the supervisors were alerted. Every run starts its "
                + "node(s) on a fresh copy of it, moves the clock to day 5 + 1 min (every seller deadline due at "
                + "once) and measures until every dispute is REFUNDED (deadline timer, settle agreement, pay refund). "
                + "This includes the job acquisition's idle wait (≤ max-wait) before it sees the due timers, as in "
                + "production. Checked every run: each deadline fired once and each refund was paid once (distinct "
                + "idempotency keys = N), else the benchmark fails. The cost is read from the clock move until all "
                + "are refunded, per dispute.");
        ScenarioResult bare = new ScenarioResult("4a. Baseline: bare Camunda", "The same storm on a plain Camunda "
                + "engine without our code (no delegates, listeners, plugins or tables): a model-API process with the "
                + "same wait states (an async step, a user task with a non-interrupting 4-day reminder followed by an "
                + "async step and an interrupting 5-day deadline whose own job runs a step as settle and pay), same N, "
                + "prepared the same way, same clock moves, same job executor and pool settings, history level full. "
                + "The gap to 3. (one node) is the cost of our code. Camunda's tables get the indexes the application "
                + "adds ("
                + CamundaIndexScript.SCRIPT + "). The cost is read from the clock move until all have ended.");
        ScenarioResult bareShaped = new ScenarioResult("4d. Baseline: bare Camunda in DisputeResolution's shape", "The "
                + "bare storm of 4a. with what DisputeResolution's engine state holds around the same path, still "
                + "without any code of ours: the wait states inside a sub-process with an interrupting 15-day timer "
                + "and an event sub-process waiting for a date (R8's watch), a message boundary event on the user "
                + "task (the buyer's modification), two message event sub-processes on the process (cancellation, "
                + "abuse report) and nine variables from the start. The gap from 4a. to 4d. is the cost of the "
                + "model's shape in Camunda; the gap from 4d. to 3. is the cost of our code.");
        ScenarioResult defaults = new ScenarioResult("4b. Baseline: Camunda's default job executor settings", "The "
                + "storm of 3. on one node with the job executor settings the Camunda 7.24 starter uses when nothing "
                + "is configured. The gap to 3. (one node) is the gain of our tuning.");
        ScenarioResult pgbench = new ScenarioResult("4c. Baseline: pgbench", "pgbench's TPC-B-like load on a "
                + "separate database of the same PostgreSQL server: the physical limit of durable transactions here.");

        Path work = output.resolve("work");
        List<Scenario> scenarios = new ArrayList<>();
        try (TestPostgres postgres = BenchmarkNode.startPostgres(work)) {
            Map<String, String> machine = MachineFacts.collect(postgres);
            Map<String, String> postgresSettings = MachineFacts.postgresSettings(postgres);
            progress.say("machine " + machine);
            CostMeter meter = CostMeter.install(postgres, output);
            if (!meter.countsStatements()) {
                machine.put("SQL statements", "not counted: pg_stat_statements could not be created");
            }
            add(scenarios, options, new IntakeScenario(IntakeScenario.Entry.API, options.intakeClients(), options,
                    postgres, meter, work, intake, progress));
            add(scenarios, options, new IntakeScenario(IntakeScenario.Entry.REST_START, options.restStartClients(),
                    options, postgres, meter, work, restStart, progress));
            add(scenarios, options, new LifecycleScenario(options, postgres, meter, work, lifecycle, progress));
            PreparedStorm backlog = LifecycleScenario.backlog(options.lifecycleOpen(), postgres, work, progress);
            add(scenarios, options, new LifecycleScenario(options, postgres, meter, work, lifecycleOpen, progress,
                    backlog));
            add(scenarios, options, new DeskScenario(options, postgres, meter, work, desk, progress, backlog));
            add(scenarios, options, new AnswersScenario(options, postgres, meter, work, answers, progress, backlog));
            int size = options.stormSize();
            PreparedStorm disputes = TimerStormScenario.prepare(size, postgres, work, progress);
            PreparedStorm bareInstances = BareCamundaStormScenario.prepare(BareCamundaStormScenario.Shape.PLAIN, size,
                    postgres, progress);
            PreparedStorm shapedInstances = BareCamundaStormScenario.prepare(
                    BareCamundaStormScenario.Shape.DISPUTE_SHAPED, size, postgres, progress);
            add(scenarios, options, new TimerStormScenario("storm", "one node", 1, null, size, disputes, postgres,
                    meter, work, storm, progress));
            add(scenarios, options, new TimerStormScenario("storm-two-nodes", "two nodes", 2, null, size, disputes,
                    postgres, meter, work, storm, progress));
            add(scenarios, options, new BareCamundaStormScenario(BareCamundaStormScenario.Shape.PLAIN, size,
                    bareInstances, postgres, meter, bare, progress));
            add(scenarios, options, new BareCamundaStormScenario(BareCamundaStormScenario.Shape.DISPUTE_SHAPED, size,
                    shapedInstances, postgres, meter, bareShaped, progress));
            add(scenarios, options, new TimerStormScenario("storm-defaults", "one node, Camunda defaults", 1,
                    JobExecutorSettings.camundaDefaults(), size, disputes, postgres, meter, work, defaults,
                    progress));
            add(scenarios, options, new PgbenchScenario(options, postgres, pgbench, progress));

            Throwable failure = null;
            try {
                warmUpJvm(options, postgres, meter, work, progress);
                for (int run = 1; run <= options.runs(); run++) {
                    for (Scenario scenario : scenarios) {
                        progress.say(scenario.id(), run, options.runs(), "begins");
                        scenario.runOnce(run, options.runs());
                    }
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            }

            machine.put("Load average at end (1 min)", MachineFacts.loadAverage());
            MarkdownReport report = new MarkdownReport(started, progress.elapsed(), options.describe(), machine,
                    postgresSettings);
            if (failure != null) {
                report.paragraph("**FAILED: " + failure + "** — the tables hold the runs completed before.");
            }
            if (options.quick()) {
                report.paragraph("**Quick mode: a smoke check of the harness with tiny sizes and one run; these are "
                        + "not results.**");
            }
            notePreparation(lifecycleOpen, backlog);
            notePreparation(storm, disputes);
            notePreparation(defaults, disputes);
            notePreparation(bare, bareInstances);
            notePreparation(bareShaped, shapedInstances);
            report.paragraph(Goals.paragraph(intake, restStart, lifecycle, storm, bare, options));
            BaselineRatios.paragraph(intake, restStart, options.intakeClients(), lifecycle,
                    List.of(storm, defaults), bare).ifPresent(report::paragraph);
            for (ScenarioResult result : List.of(intake, restStart, lifecycle, lifecycleOpen, desk, answers, storm,
                    bare, bareShaped, defaults, pgbench)) {
                if (!result.metrics().isEmpty() || result.unmeasured() != null) {
                    boolean storming = result == storm || result == bare || result == bareShaped || result == defaults;
                    report.section(result.title() + (storming ? ", N = " + options.stormSize() : ""), result);
                }
            }
            StormComparison.paragraph(storm, bare, defaults).ifPresent(report::paragraph);
            String fileName = "BENCHMARK-" + started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md";
            Path file = output.resolve(fileName);
            Files.writeString(file, report.text(), StandardCharsets.UTF_8);
            System.out.println();
            System.out.println(report.text());
            progress.say("report written to " + file);
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        }
    }

    /** How every scenario's cost columns are read (docs/BENCHMARKS.md explains them). */
    private static final String COST = "Cost per item: CPU of the application (this JVM, load clients' and JIT "
            + "compiler threads left out) and of PostgreSQL (all its processes, harness connections left out) from "
            + "/proc, SQL statements (pg_stat_statements: queries and DML, not BEGIN/COMMIT/SET; harness left out) "
            + "and WAL bytes (pg_current_wal_lsn), read from the start of the measured window until the "
            + "asynchronous steps of its items have run, divided by the items it started.";

    /**
     * Runs intake, the REST start and the lifecycle once before the measured runs, results thrown away: the JIT
     * compiles the code paths they share (HTTP, Spring, Camunda) here, instead of in whichever scenario comes first,
     * which would then compete with the compiler for the two cores and look slower than its baseline.
     */
    private static void warmUpJvm(BenchmarkOptions options, TestPostgres postgres, CostMeter meter, Path work,
                                  Progress progress) {
        if (options.jvmWarmupSeconds() <= 0) {
            return;
        }
        BenchmarkOptions warmUp = options.forJvmWarmUp();
        List<Scenario> scenarios = new ArrayList<>();
        if (options.runs("intake") || options.runs("rest-start")) {
            scenarios.add(new IntakeScenario(IntakeScenario.Entry.API, List.of(8), warmUp, postgres, meter, work,
                    new ScenarioResult("warm-up", ""), progress));
            scenarios.add(new IntakeScenario(IntakeScenario.Entry.REST_START, List.of(8), warmUp, postgres, meter,
                    work, new ScenarioResult("warm-up", ""), progress));
        }
        if (options.runs("lifecycle")) {
            scenarios.add(new LifecycleScenario(warmUp, postgres, meter, work, new ScenarioResult("warm-up", ""),
                    progress));
        }
        progress.say("warming up the JVM (not measured): " + scenarios.size() + " scenario(s), "
                + options.jvmWarmupSeconds() + " s each");
        scenarios.forEach(scenario -> scenario.runOnce(0, 0));
    }

    private static void notePreparation(ScenarioResult result, PreparedStorm prepared) {
        if (prepared.preparationSeconds() > 0) {
            result.note(String.format("Template prepared once in %.0f s (not measured).",
                    prepared.preparationSeconds()));
        }
    }

    /** Only warnings until the first node configures logging (the embedded server logs every line at INFO). */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }

    private static void add(List<Scenario> scenarios, BenchmarkOptions options, Scenario scenario) {
        if (options.runs(scenario.id())) {
            scenarios.add(scenario);
        }
    }
}
