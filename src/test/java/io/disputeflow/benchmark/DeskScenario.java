package io.disputeflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.support.ApiClient;
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
 * what the cards show (HAL).
 */
final class DeskScenario extends BacklogLoad {

    private static final String FILTER_COUNT = "/engine-rest/filter/count?itemCount=false&resourceType=Task";
    private static final String FILTERS = "/engine-rest/filter?firstResult=0&maxResults=2000&itemCount=false"
            + "&resourceType=Task";
    private static final String FIRST_PAGE = "{\"processVariables\":[],\"taskVariables\":[],"
            + "\"caseInstanceVariables\":[],\"firstResult\":0,\"maxResults\":15,"
            + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";

    DeskScenario(BenchmarkOptions options, TestPostgres postgres, CostMeter meter, Path workDirectory,
                 ScenarioResult result, Progress progress, PreparedStorm backlog) {
        super(options, postgres, meter, workDirectory, result, progress, backlog);
    }

    @Override
    public String id() {
        return "desk";
    }

    @Override
    Naming naming() {
        return new Naming("page view", "page views", "page view latency");
    }

    @Override
    int clients() {
        return options.deskClients();
    }

    @Override
    LoadClients.Operation operation(ApiClient api, JdbcTemplate jdbc) {
        String myStores = filterId(api);
        return (client, sequence) -> pageView(api, myStores);
    }

    @Override
    String note() {
        return clients() + " agents of the store, each opening the list again as soon as it is shown";
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
