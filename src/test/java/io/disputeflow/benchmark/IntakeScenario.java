package io.disputeflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.support.ApiClient;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.TestPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Intake: storefront clients POST /api/disputes (unique orders) back to back on one node with its job executor
 * running as in production. Per concurrency level: disputes opened per second and the request latency.
 * Between levels the node first works off the asynchronous steps the previous level left behind.
 */
final class IntakeScenario implements Scenario {

    private final BenchmarkOptions options;
    private final TestPostgres postgres;
    private final Path workDirectory;
    private final ScenarioResult result;
    private final Progress progress;

    IntakeScenario(BenchmarkOptions options, TestPostgres postgres, Path workDirectory, ScenarioResult result,
                   Progress progress) {
        this.options = options;
        this.postgres = postgres;
        this.workDirectory = workDirectory;
        this.result = result;
        this.progress = progress;
    }

    @Override
    public String id() {
        return "intake";
    }

    @Override
    public void runOnce(int run, int runs) {
        String database = postgres.createDatabase("intake");
        try (HikariDataSource pool = postgres.pool(database, 1);
             ApplicationNode node = BenchmarkNode.start(postgres, database, "node-a", "default", null,
                     workDirectory)) {
            result.note(JobExecutorSettings.actual(node, "tuned (as shipped)").describe());
            BenchmarkAccounts.create(node);
            ApiClient api = BenchmarkNode.api(node);
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            for (int clients : options.intakeClients()) {
                progress.say(id(), run, runs, clients + " client(s): " + options.warmupSeconds() + " s warm-up, "
                        + options.intakeSeconds() + " s measured");
                String prefix = "O-IN-" + run + "-" + clients + "-";
                LoadClients.Outcome outcome = LoadClients.run(clients, options.warmupSeconds(),
                        options.intakeSeconds(), (client, sequence) -> open(api, prefix + client + "-" + sequence));
                String level = clients + (clients == 1 ? " client" : " clients");
                result.record(level + ": disputes opened per second", "1/s", 1, outcome.throughput());
                result.record(level + ": latency p50", "ms", 1, Stats.percentile(outcome.latenciesMillis(), 50));
                result.record(level + ": latency p99", "ms", 1, Stats.percentile(outcome.latenciesMillis(), 99));
                result.record(level + ": failed requests", "count", 0, outcome.failed());
                progress.say(id(), run, runs, String.format("%s: %.1f/s, p50 %.1f ms, p99 %.1f ms, %d failed%s",
                        level, outcome.throughput(), Stats.percentile(outcome.latenciesMillis(), 50),
                        Stats.percentile(outcome.latenciesMillis(), 99), outcome.failed(),
                        outcome.firstFailure() == null ? "" : " (first: " + outcome.firstFailure() + ")"));
                drainJobs(jdbc, run, runs);
            }
        } finally {
            postgres.dropDatabase(database);
        }
    }

    private static void open(ApiClient api, String orderId) {
        HttpResponse<String> answer = api.post(BenchmarkAccounts.STOREFRONT, "/api/disputes",
                BenchmarkNode.openDisputeBody(orderId, Instant.now()));
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("POST /api/disputes answered " + answer.statusCode() + ": "
                    + answer.body());
        }
    }

    /** Waits (not measured) until the asynchronous steps of the disputes opened so far have run. */
    private void drainJobs(JdbcTemplate jdbc, int run, int runs) {
        String due = "SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND duedate_ IS NULL";
        Waiting.until("asynchronous steps of the opened disputes", Duration.ofMinutes(10), false,
                () -> jdbc.queryForObject(due, Integer.class) == 0,
                () -> jdbc.queryForObject(due, Integer.class) + " jobs left",
                message -> progress.say(id(), run, runs, message));
    }
}
