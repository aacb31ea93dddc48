package io.disputeflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.support.ApiClient;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.TestPostgres;
import io.disputeflow.tasklist.TasklistFilters;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agent's desk among a backlog: seller agents open Tasklist's list over and over, on a copy of the template of
 * {@link LifecycleScenario#backlog} (thousands of open disputes of their store waiting for the seller). One page view
 * is what Tasklist 7.24 asks for when an agent opens it (recorded in a browser): how many filters there are, the
 * filters (without counts), and the first 15 tasks of "My stores · due first" by deadline with the filter's count and
 * what the cards show (HAL). Measured: page views per second, their latency, and the cost of one.
 */
final class DeskScenario implements Scenario {

    private static final String FILTER_COUNT = "/engine-rest/filter/count?itemCount=false&resourceType=Task";
    private static final String FILTERS = "/engine-rest/filter?firstResult=0&maxResults=2000&itemCount=false"
            + "&resourceType=Task";
    private static final String FIRST_PAGE = "{\"processVariables\":[],\"taskVariables\":[],"
            + "\"caseInstanceVariables\":[],\"firstResult\":0,\"maxResults\":15,"
            + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";

    private final BenchmarkOptions options;
    private final TestPostgres postgres;
    private final CostMeter meter;
    private final Path workDirectory;
    private final ScenarioResult result;
    private final Progress progress;
    private final PreparedStorm backlog;

    DeskScenario(BenchmarkOptions options, TestPostgres postgres, CostMeter meter, Path workDirectory,
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
        return "desk";
    }

    @Override
    public void runOnce(int run, int runs) {
        String database = backlog.newDatabase();
        int clients = options.deskClients();
        try (HikariDataSource pool = CostMeter.harnessPool(postgres, database, 2);
             ApplicationNode node = BenchmarkNode.start(postgres, database, "node-a", "default", null,
                     workDirectory)) {
            BenchmarkAccounts.createUsers(node);
            ApiClient api = BenchmarkNode.api(node);
            String myStores = filterId(api);
            progress.say(id(), run, runs, clients + " agents among " + options.lifecycleOpen() + " open disputes: "
                    + options.warmupSeconds() + " s warm-up");
            LoadClients.warmUp(clients, options.warmupSeconds(), (client, sequence) -> pageView(api, myStores));
            CostMeter.refreshPlannerStatistics(new JdbcTemplate(pool));
            progress.say(id(), run, runs, clients + " agents: " + options.intakeSeconds() + " s measured");
            CostMeter.Reading before = meter.begin(database);
            LoadClients.Outcome outcome = LoadClients.run(clients, 0, options.intakeSeconds(),
                    (client, sequence) -> pageView(api, myStores));
            CostMeter.Reading after = meter.read(database);
            CostMeter.Cost cost = meter.between(before, after, outcome.succeeded());
            meter.writeProfile(id() + "-" + run, before, after, outcome.succeeded());
            result.record("page views per second", "1/s", 1, outcome.throughput());
            result.record("page view latency p50", "ms", 0, Stats.percentile(outcome.latenciesMillis(), 50));
            result.record("page view latency p99", "ms", 0, Stats.percentile(outcome.latenciesMillis(), 99));
            result.record("failed page views", "count", 0, outcome.failed());
            cost.record(result, "", "page view");
            result.note(clients + " agents of the store, each opening the list again as soon as it is shown");
            progress.say(id(), run, runs, String.format("%.1f page views/s, p50 %.0f ms, p99 %.0f ms, %d failed%s",
                    outcome.throughput(), Stats.percentile(outcome.latenciesMillis(), 50),
                    Stats.percentile(outcome.latenciesMillis(), 99), outcome.failed(),
                    outcome.firstFailure() == null ? "" : " (first: " + outcome.firstFailure() + ")"));
            progress.say(id(), run, runs, cost.describe("page view"));
        } finally {
            postgres.dropDatabase(database);
        }
    }

    /** The id of "My stores · due first", whose count must hold the backlog (else the agent sees too little). */
    private String filterId(ApiClient api) {
        for (JsonNode filter : ApiClient.body(ok(api.request(BenchmarkAccounts.SELLER_AGENT, "GET", FILTERS, null,
                "application/json")))) {
            if (TasklistFilters.MY_STORES.equals(filter.path("name").asText())) {
                String id = filter.path("id").asText();
                int count = ApiClient.body(firstPage(api, id)).path("count").asInt();
                if (count < options.lifecycleOpen()) {
                    throw new IllegalStateException("The agent's filter lists " + count + " tasks, not the "
                            + options.lifecycleOpen() + " open disputes");
                }
                return id;
            }
        }
        throw new IllegalStateException("The agent has no filter \"" + TasklistFilters.MY_STORES + "\"");
    }

    private static void pageView(ApiClient api, String filterId) {
        ok(api.request(BenchmarkAccounts.SELLER_AGENT, "GET", FILTER_COUNT, null, "application/json"));
        ok(api.request(BenchmarkAccounts.SELLER_AGENT, "GET", FILTERS, null, "application/json"));
        firstPage(api, filterId);
    }

    private static HttpResponse<String> firstPage(ApiClient api, String filterId) {
        return ok(api.request(BenchmarkAccounts.SELLER_AGENT, "POST", "/engine-rest/filter/" + filterId
                + "/list?firstResult=0&maxResults=15", FIRST_PAGE, "application/hal+json"));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri()
                    + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
