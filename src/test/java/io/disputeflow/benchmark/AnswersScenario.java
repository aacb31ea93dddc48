package io.disputeflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiClient;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.TestPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seller's answers among a backlog: seller agents answer the disputes waiting for them, on a copy of the template
 * of {@link LifecycleScenario#backlog}. Each answer is "Respond to dispute" completed with ACCEPT over
 * {@code /engine-rest} (as Tasklist does), the next task as soon as the last is answered; the job executor then
 * settles the agreement and pays the refund. Measured: answers per second, the completion's latency, and the cost of
 * one answer with the settlement and payment it causes (the asynchronous steps are worked off before the cost is
 * read). The REST completion on its own, without the opening of the dispute that the lifecycle (2) also pays for.
 */
final class AnswersScenario implements Scenario {

    private static final String WAITING_TASKS = "SELECT id_ FROM act_ru_task WHERE task_def_key_ = '"
            + Tasks.RESPOND_TO_DISPUTE + "' ORDER BY id_";

    private final BenchmarkOptions options;
    private final TestPostgres postgres;
    private final CostMeter meter;
    private final Path workDirectory;
    private final ScenarioResult result;
    private final Progress progress;
    private final PreparedStorm backlog;

    AnswersScenario(BenchmarkOptions options, TestPostgres postgres, CostMeter meter, Path workDirectory,
                    ScenarioResult result, Progress progress, PreparedStorm backlog) {
        this.options = options;
        this.postgres = postgres;
        this.meter = meter;
        this.workDirectory = workDirectory;
        this.result = result;
        this.progress = progress;
        this.backlog = backlog;
    }

    @Override
    public String id() {
        return "answers";
    }

    @Override
    public void runOnce(int run, int runs) {
        String database = backlog.newDatabase();
        int clients = options.lifecycleClients();
        try (HikariDataSource pool = CostMeter.harnessPool(postgres, database, 2);
             ApplicationNode node = BenchmarkNode.start(postgres, database, "node-a", "default", null,
                     workDirectory)) {
            BenchmarkAccounts.createUsers(node);
            ApiClient api = BenchmarkNode.api(node);
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            ConcurrentLinkedQueue<String> waiting = new ConcurrentLinkedQueue<>(
                    jdbc.queryForList(WAITING_TASKS, String.class));
            progress.say(id(), run, runs, clients + " agents answer " + waiting.size() + " waiting disputes: "
                    + options.warmupSeconds() + " s warm-up");
            LoadClients.warmUp(clients, options.warmupSeconds(), (client, sequence) -> answer(api, waiting));
            Waiting.drainJobs(jdbc);
            CostMeter.refreshPlannerStatistics(jdbc);
            progress.say(id(), run, runs, clients + " agents: " + options.intakeSeconds() + " s measured");
            CostMeter.Reading before = meter.begin(database);
            LoadClients.Outcome outcome = LoadClients.run(clients, 0, options.intakeSeconds(),
                    (client, sequence) -> answer(api, waiting));
            Waiting.drainJobs(jdbc);
            CostMeter.Reading after = meter.read(database);
            CostMeter.Cost cost = meter.between(before, after, outcome.succeeded());
            meter.writeProfile(id() + "-" + run, before, after, outcome.succeeded());
            result.record("answers per second", "1/s", 1, outcome.throughput());
            result.record("REST completion latency p50", "ms", 0, Stats.percentile(outcome.latenciesMillis(), 50));
            result.record("REST completion latency p99", "ms", 0, Stats.percentile(outcome.latenciesMillis(), 99));
            result.record("failed answers", "count", 0, outcome.failed());
            cost.record(result, "", "answer");
            result.note(clients + " agents of the store, each answering the next waiting dispute as soon as the "
                    + "last is answered; " + (waiting.isEmpty() ? "THE AGENTS RAN OUT OF WAITING DISPUTES: the "
                    + "throughput is too low, raise benchmark.lifecycle.open" : waiting.size()
                    + " disputes still waiting at the end"));
            progress.say(id(), run, runs, String.format("%.1f answers/s, p50 %.0f ms, p99 %.0f ms, %d failed%s",
                    outcome.throughput(), Stats.percentile(outcome.latenciesMillis(), 50),
                    Stats.percentile(outcome.latenciesMillis(), 99), outcome.failed(),
                    outcome.firstFailure() == null ? "" : " (first: " + outcome.firstFailure() + ")"));
            progress.say(id(), run, runs, cost.describe("answer"));
        } finally {
            postgres.dropDatabase(database);
        }
    }

    private static void answer(ApiClient api, ConcurrentLinkedQueue<String> waiting) {
        String taskId = waiting.poll();
        if (taskId == null) {
            throw new IllegalStateException("No dispute is waiting for the seller any more");
        }
        HttpResponse<String> completed = api.post(BenchmarkAccounts.SELLER_AGENT,
                "/engine-rest/task/" + taskId + "/complete", ApiClient.acceptBody());
        if (completed.statusCode() != 204) {
            throw new IllegalStateException("Completing task " + taskId + " answered " + completed.statusCode()
                    + ": " + completed.body());
        }
    }
}
