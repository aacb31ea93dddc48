package io.disputeflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.support.ApiClient;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.TestPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Intake and its baseline, one node with its job executor running as in production, clients in a closed loop at
 * each concurrency level:
 * <ul>
 *   <li>{@link Entry#API}: storefront clients POST /api/disputes (unique orders);</li>
 *   <li>{@link Entry#REST_START}: the same clients start DisputeResolution through Camunda's own REST API
 *       ({@code POST /engine-rest/process-definition/key/DisputeResolution/start}) with the variables intake
 *       passes, HTTP Basic as for /api.</li>
 * </ul>
 * Per level: a warm-up, then the node works off its asynchronous steps; then the measured window, and again until
 * the backlog is drained. Throughput and latency come from the window; the cost (CPU, statements, WAL) is read from
 * the window's start until the backlog of its items is drained, and divided by the items the window started.
 */
final class IntakeScenario implements Scenario {

    /** How the clients open a dispute. */
    enum Entry {
        API("intake", "disputes opened per second"),
        REST_START("rest-start", "instances started per second");

        private final String id;
        private final String throughput;

        Entry(String id, String throughput) {
            this.id = id;
            this.throughput = throughput;
        }

        String throughputMetric() {
            return throughput;
        }
    }

    private final Entry entry;
    private final List<Integer> levels;
    private final BenchmarkOptions options;
    private final TestPostgres postgres;
    private final CostMeter meter;
    private final Path workDirectory;
    private final ScenarioResult result;
    private final Progress progress;

    IntakeScenario(Entry entry, List<Integer> levels, BenchmarkOptions options, TestPostgres postgres,
                   CostMeter meter, Path workDirectory, ScenarioResult result, Progress progress) {
        this.entry = entry;
        this.levels = levels;
        this.options = options;
        this.postgres = postgres;
        this.meter = meter;
        this.workDirectory = workDirectory;
        this.result = result;
        this.progress = progress;
    }

    @Override
    public String id() {
        return entry.id;
    }

    /** The metric names of one concurrency level, as {@link BaselineRatios} pairs them. */
    static String level(int clients) {
        return clients + (clients == 1 ? " client" : " clients");
    }

    @Override
    public void runOnce(int run, int runs) {
        String database = postgres.createDatabase(entry.id.replace("-", "_"));
        try (HikariDataSource pool = CostMeter.harnessPool(postgres, database, 2);
             ApplicationNode node = BenchmarkNode.start(postgres, database, "node-a", "default", null,
                     workDirectory)) {
            result.note(JobExecutorSettings.actual(node, "tuned (as shipped)").describe());
            BenchmarkAccounts.create(node);
            if (entry == Entry.REST_START) {
                BenchmarkAccounts.allowRestStart(node);
            }
            ApiClient api = BenchmarkNode.api(node);
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            for (int clients : levels) {
                String level = level(clients);
                String prefix = "O-" + entry.id + "-" + run + "-" + clients + "-";
                progress.say(id(), run, runs, level + ": " + options.warmupSeconds() + " s warm-up");
                RestStartRecords warmUpRecords = records(jdbc, run + "-" + clients + "-w-", options.warmupSeconds());
                LoadClients.warmUp(clients, options.warmupSeconds(),
                        (client, sequence) -> open(api, prefix + "w" + client + "-" + sequence, warmUpRecords));
                drainJobs(jdbc, run, runs);
                CostMeter.refreshPlannerStatistics(jdbc);
                progress.say(id(), run, runs, level + ": " + options.intakeSeconds() + " s measured");
                RestStartRecords records = records(jdbc, run + "-" + clients + "-", options.intakeSeconds());
                int failedJobsBefore = failedJobs(jdbc);
                CostMeter.Reading before = meter.begin(database);
                LoadClients.Outcome outcome = LoadClients.run(clients, 0, options.intakeSeconds(),
                        (client, sequence) -> open(api, prefix + client + "-" + sequence, records));
                drainJobs(jdbc, run, runs);
                CostMeter.Reading after = meter.read(database);
                CostMeter.Cost cost = meter.between(before, after, outcome.succeeded());
                meter.writeProfile(id() + "-" + run + "-" + clients, before, after, outcome.succeeded());
                result.record(level + ": " + entry.throughputMetric(), "1/s", 1, outcome.throughput());
                result.record(level + ": latency p50", "ms", 1, Stats.percentile(outcome.latenciesMillis(), 50));
                result.record(level + ": latency p99", "ms", 1, Stats.percentile(outcome.latenciesMillis(), 99));
                result.record(level + ": failed requests", "count", 0, outcome.failed());
                cost.record(result, level + ": ", "item");
                result.record(level + ": failed asynchronous steps", "count", 0, failedJobs(jdbc) - failedJobsBefore);
                progress.say(id(), run, runs, String.format("%s: %.1f/s, p50 %.1f ms, p99 %.1f ms, %d failed%s; %s",
                        level, outcome.throughput(), Stats.percentile(outcome.latenciesMillis(), 50),
                        Stats.percentile(outcome.latenciesMillis(), 99), outcome.failed(),
                        outcome.firstFailure() == null ? "" : " (first: " + outcome.firstFailure() + ")",
                        cost.describe("item")));
            }
        } finally {
            postgres.dropDatabase(database);
        }
    }

    /** For the REST start: dispute records for about 200 starts per second, more on demand; none for /api. */
    private RestStartRecords records(JdbcTemplate jdbc, String prefix, int seconds) {
        return entry == Entry.REST_START ? new RestStartRecords(jdbc, prefix, 200 * seconds) : null;
    }

    private void open(ApiClient api, String orderId, RestStartRecords records) {
        if (entry == Entry.API) {
            HttpResponse<String> answer = api.post(BenchmarkAccounts.STOREFRONT, "/api/disputes",
                    BenchmarkNode.openDisputeBody(orderId, Instant.now()));
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("POST /api/disputes answered " + answer.statusCode() + ": "
                        + answer.body());
            }
        } else {
            HttpResponse<String> answer = api.post(BenchmarkAccounts.STOREFRONT, BenchmarkNode.REST_START,
                    BenchmarkNode.restStartBody(records.next(), Instant.now()));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("POST " + BenchmarkNode.REST_START + " answered "
                        + answer.statusCode() + ": " + answer.body());
            }
        }
    }

    private static int failedJobs(JdbcTemplate jdbc) {
        Integer failed = jdbc.queryForObject("SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 1",
                Integer.class);
        return failed == null ? 0 : failed;
    }

    /**
     * Waits until the asynchronous steps of the disputes opened so far have run (a step that failed waits for its
     * retry with a due date and no longer counts: the "failed asynchronous steps" metric shows it).
     */
    private void drainJobs(JdbcTemplate jdbc, int run, int runs) {
        String due = Waiting.ASYNCHRONOUS_STEPS_WAITING;
        Waiting.until("asynchronous steps of the opened disputes", Duration.ofMinutes(10), false,
                () -> jdbc.queryForObject(due, Integer.class) == 0,
                () -> jdbc.queryForObject(due, Integer.class) + " jobs left",
                message -> progress.say(id(), run, runs, message));
    }
}
