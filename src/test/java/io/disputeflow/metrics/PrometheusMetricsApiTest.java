package io.disputeflow.metrics;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.NORTH_AGENT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.support.ApiTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code /actuator/prometheus} on PostgreSQL: the administrator reads DisputeFlow's meters, and they move when a
 * dispute is opened and refunded; an agent is refused. Spring Boot's tests turn metrics export off unless asked.
 */
class PrometheusMetricsApiTest extends ApiTestSupport {

    private static final String PROMETHEUS = "/actuator/prometheus";
    private static final Path GRAFANA_DASHBOARD = Path.of("docs/grafana/disputeflow.json");

    @Test
    void administratorReadsTheMeters_andTheyMoveWhenADisputeIsRefunded() {
        String before = scrape();
        assertThat(before).contains("disputeflow_disputes_open{", "disputeflow_jobs_backlog ",
                "disputeflow_jobs_failed ", "disputeflow_incidents_open ");

        String id = opened(openRequest("O-METRICS-1", NORTH_1, "NOT_AS_DESCRIBED", "25.00", NOW));
        String afterOpening = scrape();
        assertThat(value(afterOpening, "disputeflow_disputes_opened_total", Map.of("store", NORTH_1)))
                .isEqualTo(value(before, "disputeflow_disputes_opened_total", Map.of("store", NORTH_1)) + 1);
        assertThat(value(afterOpening, "disputeflow_disputes_open", Map.of("status", "AWAITING_SELLER")))
                .isEqualTo(value(before, "disputeflow_disputes_open", Map.of("status", "AWAITING_SELLER")) + 1);
        assertThat(value(afterOpening, "disputeflow_money_at_risk", Map.of("currency", "USD")))
                .as("R2: the seller's silence would refund the buyer's proposal")
                .isCloseTo(value(before, "disputeflow_money_at_risk", Map.of("currency", "USD")) + 25.0, within(0.001));

        Task respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE);
        assertThat(api.completeTask(ADMIN, respond.getId(), Map.of("sellerDecision", "ACCEPT")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        disputes.runJobs(id);
        assertThat(dispute(id).get("status").asText()).isEqualTo("REFUNDED");

        String afterRefund = scrape();
        Map<String, String> usd = Map.of("currency", "USD");
        assertThat(value(afterRefund, "disputeflow_refunds_paid_total", usd))
                .isEqualTo(value(before, "disputeflow_refunds_paid_total", usd) + 1);
        assertThat(value(afterRefund, "disputeflow_refunds_paid_amount_total", usd))
                .isEqualTo(value(before, "disputeflow_refunds_paid_amount_total", usd) + 25.0);
        Map<String, String> partlyRefundedInNorth = Map.of("store", NORTH_1, "outcome", "PARTIAL_REFUND");
        assertThat(value(afterRefund, "disputeflow_disputes_closed_total", partlyRefundedInNorth))
                .as("25.00 of 40.00 paid; closed lines: %s", afterRefund.lines()
                        .filter(line -> line.startsWith("disputeflow_disputes_closed")).toList())
                .isEqualTo(value(before, "disputeflow_disputes_closed_total", partlyRefundedInNorth) + 1);
        assertThat(value(afterRefund, "disputeflow_disputes_open", Map.of("status", "AWAITING_SELLER")))
                .isEqualTo(value(before, "disputeflow_disputes_open", Map.of("status", "AWAITING_SELLER")));
        assertThat(value(afterRefund, "disputeflow_money_at_risk", Map.of("currency", "USD")))
                .isCloseTo(value(before, "disputeflow_money_at_risk", Map.of("currency", "USD")), within(0.001));
    }

    /** HTTP requests are measured; Spring Security's tracing of each of its filters is off (it costs every request). */
    @Test
    void requestsAreMeasured_springSecuritysFiltersAreNotObserved() {
        assertThat(api.get(NORTH_AGENT, "/api/disputes").getStatusCode()).isEqualTo(HttpStatus.OK);

        String meters = scrape();

        assertThat(meters).contains("http_server_requests_seconds_count{");
        assertThat(meters.lines().filter(line -> line.startsWith("spring_security_"))).isEmpty();
    }

    @Test
    void R2_aSellersDeadlineThatPasses_isCountedByItsRule() {
        String before = scrape();
        String id = opened(openRequest("O-METRICS-3", NORTH_1, "NOT_AS_DESCRIBED", "15.00", NOW));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey(Definitions.DISPUTE_RESOLUTION).singleResult().getId();
        Job sellerDeadline = management.createJobQuery().processInstanceId(instance).timers()
                .activityId(Timers.SELLER_RESPONSE_DUE).singleResult();

        management.executeJob(sellerDeadline.getId());
        disputes.runJobs(id);

        assertThat(dispute(id).get("status").asText()).as("R2 refunds the buyer's proposal").isEqualTo("REFUNDED");
        assertThat(value(scrape(), "disputeflow_deadlines_fired_total", Map.of("rule", "R2")))
                .isEqualTo(value(before, "disputeflow_deadlines_fired_total", Map.of("rule", "R2")) + 1);
    }

    @Test
    void theGrafanaDashboardQueriesOnlyMetersTheApplicationPublishes() throws IOException {
        String id = opened(openRequest("O-METRICS-2", NORTH_1, "NOT_AS_DESCRIBED", "40.00", NOW));
        Task respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE);
        api.completeTask(ADMIN, respond.getId(), Map.of("sellerDecision", "ACCEPT"));
        disputes.runJobs(id);
        Set<String> published = scrape().lines().filter(line -> line.startsWith("disputeflow_"))
                .map(line -> line.split("[{ ]")[0]).collect(Collectors.toSet());

        Matcher queried = Pattern.compile("disputeflow_[a-z_]+").matcher(Files.readString(GRAFANA_DASHBOARD));
        Set<String> names = new TreeSet<>();
        while (queried.find()) {
            names.add(queried.group());
        }
        assertThat(names).hasSize(10);
        assertThat(published).containsAll(names);
    }

    @Test
    void anAgentIsRefused_andNobodySignedInIsAskedToSignIn() {
        assertThat(api.as(NORTH_AGENT).getForEntity(PROMETHEUS, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity(PROMETHEUS, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String scrape() {
        ResponseEntity<String> response = api.as(ADMIN).getForEntity(PROMETHEUS, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The sample of {@code name} carrying these labels; 0 when the meter has not been counted yet. */
    private static double value(String scrape, String name, Map<String, String> labels) {
        Matcher sample = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(scrape);
        while (sample.find()) {
            String found = sample.group(1);
            if (labels.entrySet().stream().allMatch(label -> found.contains(label.getKey() + "=\"" + label.getValue()
                    + "\""))) {
                return Double.parseDouble(sample.group(2));
            }
        }
        return 0;
    }
}
