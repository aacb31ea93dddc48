package io.disputeflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.intake.DisputeIntake;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiClient;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.TestPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lifecycle: C clients each run whole disputes back to back on one node: the storefront opens one (POST
 * /api/disputes), the seller agent completes "Respond to dispute" with ACCEPT through /engine-rest as soon as the
 * task exists, and the job executor settles the agreement and pays the refund (status REFUNDED). Measured:
 * complete disputes per second and the end-to-end time. The harness finds the task and watches the status by
 * polling the database every 20 ms (cheap and outside the node's connection pool); it does not sleep otherwise.
 * <p>
 * As {@code lifecycle-open}, the same runs among a backlog of open disputes, as in a marketplace's database: each run
 * starts on a copy of a template in which {@code benchmark.lifecycle.open} disputes of the same store wait for the
 * seller (their tasks in the agent's list, their deadlines days away).
 */
final class LifecycleScenario implements Scenario {

    private static final long POLL_MILLIS = 20;
    private static final long GIVE_UP_NANOS = 120_000_000_000L;
    private static final String TASK_OF_DISPUTE = "SELECT t.id_ FROM act_ru_task t JOIN act_ru_execution e "
            + "ON e.id_ = t.proc_inst_id_ WHERE e.business_key_ = ? AND t.task_def_key_ = '"
            + Tasks.RESPOND_TO_DISPUTE + "'";

    private final BenchmarkOptions options;
    private final TestPostgres postgres;
    private final CostMeter meter;
    private final Path workDirectory;
    private final ScenarioResult result;
    private final Progress progress;
    private final PreparedStorm backlog;

    LifecycleScenario(BenchmarkOptions options, TestPostgres postgres, CostMeter meter, Path workDirectory,
                      ScenarioResult result, Progress progress) {
        this(options, postgres, meter, workDirectory, result, progress, null);
    }

    /** Among the open disputes of {@code backlog} (see {@link #backlog}). */
    LifecycleScenario(BenchmarkOptions options, TestPostgres postgres, CostMeter meter, Path workDirectory,
                      ScenarioResult result, Progress progress, PreparedStorm backlog) {
        this.backlog = backlog;
        this.options = options;
        this.postgres = postgres;
        this.meter = meter;
        this.workDirectory = workDirectory;
        this.result = result;
        this.progress = progress;
    }

    /** A template with {@code size} disputes of the benchmark's store waiting for the seller, opened now. */
    static PreparedStorm backlog(int size, TestPostgres postgres, Path workDirectory, Progress progress) {
        return new PreparedStorm("lifecycle_open", postgres, progress, database -> {
            try (HikariDataSource pool = CostMeter.harnessPool(postgres, database, 2);
                 ApplicationNode node = BenchmarkNode.start(postgres, database, "node-a", "default", null,
                         workDirectory)) {
                BenchmarkAccounts.registerStore(node);
                JdbcTemplate jdbc = new JdbcTemplate(pool);
                java.util.function.IntSupplier waiting = () -> jdbc.queryForObject(
                        TimerStormScenario.WAITING_FOR_THE_SELLER, Integer.class);
                Instant opened = Instant.now();
                TimerStormScenario.openDisputes(node.bean(DisputeIntake.class), size,
                        i -> TimerStormScenario.dispute("O-OPEN-", i, opened),
                        message -> progress.say("lifecycle backlog: " + message));
                Waiting.until("open disputes waiting for the seller", java.time.Duration.ofMinutes(30), false,
                        () -> waiting.getAsInt() >= size, () -> waiting.getAsInt() + "/" + size,
                        message -> progress.say("lifecycle backlog: " + message));
                CostMeter.refreshPlannerStatistics(jdbc);
                return opened;
            }
        });
    }

    @Override
    public String id() {
        return backlog == null ? "lifecycle" : "lifecycle-open";
    }

    /** Where one dispute's time went: started, task ready, task completed, refunded (nanoTime). */
    record Phases(long started, long taskReady, long completed, long refunded) {
    }

    @Override
    public void runOnce(int run, int runs) {
        String database = backlog == null ? postgres.createDatabase("lifecycle") : backlog.newDatabase();
        int clients = options.lifecycleClients();
        try (HikariDataSource pool = CostMeter.harnessPool(postgres, database, clients);
             ApplicationNode node = BenchmarkNode.start(postgres, database, "node-a", "default", null,
                     workDirectory)) {
            if (backlog == null) {
                BenchmarkAccounts.create(node);
            } else {
                BenchmarkAccounts.createUsers(node);
                progress.say(id(), run, runs, "among " + options.lifecycleOpen() + " open disputes");
            }
            ApiClient api = BenchmarkNode.api(node);
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            progress.say(id(), run, runs, clients + " clients: " + options.warmupSeconds() + " s warm-up");
            LoadClients.warmUp(clients, options.warmupSeconds(), (client, sequence) -> dispute(api, jdbc,
                    "O-LC-" + run + "-w" + client + "-" + sequence));
            Waiting.drainJobs(jdbc);
            CostMeter.refreshPlannerStatistics(jdbc);
            progress.say(id(), run, runs, clients + " clients: " + options.lifecycleSeconds() + " s measured");
            ConcurrentLinkedQueue<Phases> phases = new ConcurrentLinkedQueue<>();
            CostMeter.Reading before = meter.begin(database);
            LoadClients.Outcome outcome = LoadClients.run(clients, 0, options.lifecycleSeconds(),
                    (client, sequence) -> phases.add(dispute(api, jdbc,
                            "O-LC-" + run + "-" + client + "-" + sequence)));
            Waiting.drainJobs(jdbc);
            CostMeter.Reading after = meter.read(database);
            CostMeter.Cost cost = meter.between(before, after, outcome.succeeded());
            meter.writeProfile(id() + "-" + run, before, after, outcome.succeeded());
            List<Phases> measured = phases.stream().filter(p -> p.started() >= outcome.measuredFromNanos()).toList();
            result.record("complete disputes per second", "1/s", 2, outcome.throughput());
            result.record("end-to-end latency p50", "ms", 0, Stats.percentile(outcome.latenciesMillis(), 50));
            result.record("end-to-end latency p99", "ms", 0, Stats.percentile(outcome.latenciesMillis(), 99));
            result.record("of which open → seller's task ready, p50", "ms", 0,
                    Stats.median(measured.stream().map(p -> millis(p.started(), p.taskReady())).toList()));
            result.record("of which REST task completion, p50", "ms", 0,
                    Stats.median(measured.stream().map(p -> millis(p.taskReady(), p.completed())).toList()));
            result.record("of which completion → refund paid, p50", "ms", 0,
                    Stats.median(measured.stream().map(p -> millis(p.completed(), p.refunded())).toList()));
            result.record("failed disputes", "count", 0, outcome.failed());
            cost.record(result, "", "dispute");
            result.note(clients + " clients; " + JobExecutorSettings.actual(node, "tuned (as shipped)").describe());
            progress.say(id(), run, runs, String.format("%.2f disputes/s, end-to-end p50 %.0f ms, p99 %.0f ms, "
                            + "%d failed%s", outcome.throughput(), Stats.percentile(outcome.latenciesMillis(), 50),
                    Stats.percentile(outcome.latenciesMillis(), 99), outcome.failed(),
                    outcome.firstFailure() == null ? "" : " (first: " + outcome.firstFailure() + ")"));
            progress.say(id(), run, runs, cost.describe("dispute"));
        } finally {
            postgres.dropDatabase(database);
        }
    }

    private static Phases dispute(ApiClient api, JdbcTemplate jdbc, String orderId) {
        long started = System.nanoTime();
        HttpResponse<String> opened = api.post(BenchmarkAccounts.STOREFRONT, "/api/disputes",
                BenchmarkNode.openDisputeBody(orderId, Instant.now()));
        if (opened.statusCode() != 201) {
            throw new IllegalStateException("POST /api/disputes answered " + opened.statusCode() + ": "
                    + opened.body());
        }
        String disputeId = ApiClient.disputeId(opened);
        String taskId = poll(() -> jdbc.queryForList(TASK_OF_DISPUTE, String.class, disputeId).stream().findFirst(),
                started, "the seller's task of " + disputeId);
        long taskReady = System.nanoTime();
        HttpResponse<String> completed = api.post(BenchmarkAccounts.SELLER_AGENT,
                "/engine-rest/task/" + taskId + "/complete", ApiClient.acceptBody());
        if (completed.statusCode() != 204) {
            throw new IllegalStateException("Completing the task of " + disputeId + " answered "
                    + completed.statusCode() + ": " + completed.body());
        }
        long completedAt = System.nanoTime();
        poll(() -> jdbc.queryForList("SELECT status FROM dispute WHERE id = ?", String.class, disputeId).stream()
                .filter("REFUNDED"::equals).findFirst(), started, "the refund of " + disputeId);
        return new Phases(started, taskReady, completedAt, System.nanoTime());
    }

    private static String poll(java.util.function.Supplier<Optional<String>> lookup, long started, String what) {
        while (true) {
            Optional<String> found = lookup.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() - started > GIVE_UP_NANOS) {
                throw new IllegalStateException("Gave up waiting for " + what);
            }
            Waiting.sleep(POLL_MILLIS);
        }
    }

    private static double millis(long from, long to) {
        return (to - from) / 1e6;
    }
}
