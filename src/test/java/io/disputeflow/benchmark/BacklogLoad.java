package io.disputeflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.support.ApiClient;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.TestPostgres;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seller agents at work among a backlog, on a copy of the template of {@link LifecycleScenario#backlog} (thousands
 * of open disputes of their store waiting for the seller): each agent repeats one operation as soon as the last one
 * came back, for a warm-up and then a window as long as an intake level. Measured: operations per second, their
 * latency, and the cost of one (with the asynchronous steps it causes, when {@link #causesJobs()}).
 */
abstract class BacklogLoad implements Scenario {

    /** How an operation is named in the report: "page view" / "page views", the latency's label. */
    record Naming(String item, String items, String latency) {
    }

    final BenchmarkOptions options;
    private final TestPostgres postgres;
    private final CostMeter meter;
    private final Path workDirectory;
    final ScenarioResult result;
    final Progress progress;
    private final PreparedStorm backlog;

    BacklogLoad(BenchmarkOptions options, TestPostgres postgres, CostMeter meter, Path workDirectory,
                ScenarioResult result, Progress progress, PreparedStorm backlog) {
        this.options = options;
        this.postgres = postgres;
        this.meter = meter;
        this.workDirectory = workDirectory;
        this.result = result;
        this.progress = progress;
        this.backlog = backlog;
    }

    abstract Naming naming();

    abstract int clients();

    /** One agent's operation on this run's node; {@code jdbc} is the harness's own connection (not counted). */
    abstract LoadClients.Operation operation(ApiClient api, JdbcTemplate jdbc);

    /** Whether the operation leaves asynchronous steps, worked off (and counted) before the cost is read. */
    boolean causesJobs() {
        return false;
    }

    /** A line under the run's table, after the window. */
    abstract String note();

    @Override
    public void runOnce(int run, int runs) {
        String database = backlog.newDatabase();
        Naming naming = naming();
        try (HikariDataSource pool = CostMeter.harnessPool(postgres, database, 2);
             ApplicationNode node = BenchmarkNode.start(postgres, database, "node-a", "default", null,
                     workDirectory)) {
            BenchmarkAccounts.createUsers(node);
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            LoadClients.Operation operation = operation(BenchmarkNode.api(node), jdbc);
            progress.say(id(), run, runs, clients() + " agents among " + options.lifecycleOpen() + " open disputes: "
                    + options.warmupSeconds() + " s warm-up");
            LoadClients.warmUp(clients(), options.warmupSeconds(), operation);
            workOff(jdbc);
            CostMeter.refreshPlannerStatistics(jdbc);
            progress.say(id(), run, runs, clients() + " agents: " + options.intakeSeconds() + " s measured");
            CostMeter.Reading before = meter.begin(database);
            LoadClients.Outcome outcome = LoadClients.run(clients(), 0, options.intakeSeconds(), operation);
            workOff(jdbc);
            CostMeter.Reading after = meter.read(database);
            CostMeter.Cost cost = meter.between(before, after, outcome.succeeded());
            meter.writeProfile(id() + "-" + run, before, after, outcome.succeeded());
            result.record(naming.items() + " per second", "1/s", 1, outcome.throughput());
            result.record(naming.latency() + " p50", "ms", 0, Stats.percentile(outcome.latenciesMillis(), 50));
            result.record(naming.latency() + " p99", "ms", 0, Stats.percentile(outcome.latenciesMillis(), 99));
            result.record("failed " + naming.items(), "count", 0, outcome.failed());
            cost.record(result, "", naming.item());
            result.note(note());
            progress.say(id(), run, runs, String.format("%.1f %s/s, p50 %.0f ms, p99 %.0f ms, %d failed%s",
                    outcome.throughput(), naming.items(), Stats.percentile(outcome.latenciesMillis(), 50),
                    Stats.percentile(outcome.latenciesMillis(), 99), outcome.failed(),
                    outcome.firstFailure() == null ? "" : " (first: " + outcome.firstFailure() + ")"));
            progress.say(id(), run, runs, cost.describe(naming.item()));
        } finally {
            postgres.dropDatabase(database);
        }
    }

    private void workOff(JdbcTemplate jdbc) {
        if (causesJobs()) {
            Waiting.drainJobs(jdbc);
        }
    }
}
