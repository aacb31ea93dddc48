package io.disputeflow.audit;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.NORTH_AGENT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Changes made to a running dispute's process over {@code /engine-rest} reach the dispute's timeline
 * ({@code GET /api/disputes/{id}}) with who made them and what changed; refused requests write nothing.
 */
class AdministrativeChangesApiTest extends ApiTestSupport {

    @Test
    void aVariableChangedByTheAdministrator_isOnTheTimelineWithTheAdministratorsNameAndBothValues() {
        String id = openDispute("25.00");

        ResponseEntity<String> changed = engineRest(ADMIN, HttpMethod.PUT,
                "/process-instance/" + instanceOf(id) + "/variables/returnFreightPayer",
                Map.of("value", "BUYER", "type", "String"));

        assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(administrativeChanges(id)).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor").asText()).isEqualTo(ADMIN);
            assertThat(entry.get("detail").asText()).isEqualTo("Variable 'Return freight payer' changed by Platform "
                    + "Administrator over the engine's REST API from 'SELLER' to 'BUYER'");
        });
    }

    @Test
    void refusedRequests_writeNothing() {
        String id = openDispute("25.00");
        String instance = instanceOf(id);

        // The store's own agent sees the dispute but may not change its process.
        ResponseEntity<String> forbidden = engineRest(NORTH_AGENT, HttpMethod.PUT,
                "/process-instance/" + instance + "/variables/returnFreightPayer", Map.of("value", "1.00"));
        ResponseEntity<String> invalid = engineRest(ADMIN, HttpMethod.PUT,
                "/process-instance/" + instance + "/variables/returnFreightPayer",
                Map.of("value", "1.00", "type", "NoSuchType"));
        ResponseEntity<String> missing = engineRest(ADMIN, HttpMethod.DELETE,
                "/process-instance/" + UUID.randomUUID(), null);

        assertThat(forbidden.getStatusCode()).as(forbidden.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(invalid.getStatusCode()).as(invalid.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getStatusCode()).as(missing.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(administrativeChanges(id)).isEmpty();
        assertThat(runtime.getVariable(instance, "returnFreightPayer")).isEqualTo("SELLER");
    }

    @Test
    void cancellingTheProcess_writesOneEntrySayingWhereItStood() {
        String id = openDispute("25.00");

        ResponseEntity<String> cancelled = engineRest(ADMIN, HttpMethod.DELETE,
                "/process-instance/" + instanceOf(id) + "?skipCustomListeners=true", null);

        assertThat(cancelled.getStatusCode()).as(cancelled.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(administrativeChanges(id)).singleElement().satisfies(entry -> assertThat(
                entry.get("detail").asText()).isEqualTo("Process 'Dispute resolution' (at 'Respond to dispute') "
                + "cancelled by Platform Administrator over the engine's REST API"));
    }

    @Test
    void movingTheProcess_writesOneEntryFromWhereToWhere() {
        String id = openDispute("25.00");

        ResponseEntity<String> moved = engineRest(ADMIN, HttpMethod.POST,
                "/process-instance/" + instanceOf(id) + "/modification", Map.of(
                        "instructions", List.of(
                                // intake's asynchronous step (classification and case file): the move waits there
                                Map.of("type", "startBeforeActivity", "activityId", "Task_ClassifyDispute"),
                                Map.of("type", "cancel", "activityId", Tasks.RESPOND_TO_DISPUTE)),
                        "annotation", "collect the new photos"));

        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(administrativeChanges(id)).singleElement().satisfies(entry -> assertThat(
                entry.get("detail").asText()).isEqualTo("Moved from 'Respond to dispute' to 'Classify dispute' by "
                + "Platform Administrator over the engine's REST API: collect the new photos"));
    }

    @Test
    void aBatchCancellationOfTwoDisputes_writesOneEntryForEach() {
        String first = openDispute("25.00");
        String second = openDispute("30.00");

        ResponseEntity<String> requested = engineRest(ADMIN, HttpMethod.POST, "/process-instance/delete", Map.of(
                "processInstanceIds", List.of(instanceOf(first), instanceOf(second)),
                "deleteReason", "duplicate orders"));

        assertThat(requested.getStatusCode()).as(requested.getBody()).isEqualTo(HttpStatus.OK);
        for (String id : List.of(first, second)) {
            assertThat(administrativeChanges(id)).singleElement().satisfies(entry -> assertThat(
                    entry.get("detail").asText()).isEqualTo("Cancellation of process 'Dispute resolution' (at "
                    + "'Respond to dispute') requested by Platform Administrator over the engine's REST API, to run"
                    + " as a batch: duplicate orders"));
        }
    }

    @Test
    void suspendingAndResumingTheProcess_writeAnEntryEach() {
        String id = openDispute("25.00");
        String instance = instanceOf(id);

        ResponseEntity<String> suspended = engineRest(ADMIN, HttpMethod.PUT, "/process-instance/" + instance
                + "/suspended", Map.of("suspended", true));
        ResponseEntity<String> resumed = engineRest(ADMIN, HttpMethod.PUT, "/process-instance/" + instance
                + "/suspended", Map.of("suspended", false));

        assertThat(List.of(suspended.getStatusCode(), resumed.getStatusCode()))
                .containsOnly(HttpStatus.NO_CONTENT);
        assertThat(administrativeChanges(id)).extracting(entry -> entry.get("detail").asText()).containsExactly(
                "Process 'Dispute resolution' suspended by Platform Administrator over the engine's REST API: its "
                        + "steps and deadlines wait until it is resumed",
                "Process 'Dispute resolution' resumed by Platform Administrator over the engine's REST API");
    }

    @Test
    void movingADeadline_writesOneEntryWithTheOldAndTheNewTime() {
        String id = openDispute("25.00");
        String timer = management.createJobQuery().processInstanceId(instanceOf(id))
                .activityId(Timers.SELLER_RESPONSE_DUE).singleResult().getId();

        ResponseEntity<String> moved = engineRest(ADMIN, HttpMethod.PUT, "/job/" + timer + "/duedate",
                Map.of("duedate", "2026-11-30T10:00:00.000+0000"));

        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(administrativeChanges(id)).singleElement().satisfies(entry -> assertThat(
                entry.get("detail").asText()).isEqualTo("Deadline '5 days without answer' moved by Platform "
                + "Administrator over the engine's REST API from 2026-11-28 10:00 UTC to 2026-11-30 10:00 UTC"));
    }

    @Test
    void severalVariablesChangedInOneRequestAsCockpitSendsThem_writeOneEntryNamingEach() {
        String id = openDispute("25.00");

        ResponseEntity<String> changed = engineRest(ADMIN, HttpMethod.POST, "/execution/" + instanceOf(id)
                + "/localVariables", Map.of(
                        "modifications", Map.of("returnFreightPayer", Map.of("value", "BUYER", "type", "String")),
                        "deletions", List.of("category")));

        assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(administrativeChanges(id)).singleElement().satisfies(entry -> assertThat(
                entry.get("detail").asText()).isEqualTo("Variables changed by Platform Administrator over the "
                + "engine's REST API: 'Return freight payer' changed from 'SELLER' to 'BUYER'; 'Category' deleted "
                + "(was 'product')"));
    }

    @Test
    void settingAJobsRetries_writesOneEntryWithTheOldAndTheNewCount() {
        String id = openDispute("25.00");
        String timer = management.createJobQuery().processInstanceId(instanceOf(id))
                .activityId(Timers.SELLER_RESPONSE_DUE).singleResult().getId();

        ResponseEntity<String> set = engineRest(ADMIN, HttpMethod.PUT, "/job/" + timer + "/retries",
                Map.of("retries", 2));

        assertThat(set.getStatusCode()).as(set.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        // the deadline settles and pays in its own job, so it carries the payment's 5 retries (R5/PT2M)
        assertThat(administrativeChanges(id)).singleElement().satisfies(entry -> assertThat(
                entry.get("detail").asText()).isEqualTo("Retries of deadline '5 days without answer' set from 5 to 2"
                + " by Platform Administrator over the engine's REST API"));
    }

    private String openDispute(String requested) {
        return opened(openRequest("O-audit-" + UUID.randomUUID().toString().substring(0, 8), NORTH_1, "DEFECTIVE",
                requested, NOW));
    }

    private String instanceOf(String disputeId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(Definitions.DISPUTE_RESOLUTION)
                .processInstanceBusinessKey(disputeId).singleResult().getId();
    }

    private ResponseEntity<String> engineRest(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return api.as(user).exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
    }

    private List<JsonNode> administrativeChanges(String disputeId) {
        return StreamSupport.stream(dispute(disputeId).get("timeline").spliterator(), false)
                .filter(entry -> DisputeCase.ADMINISTRATIVE_CHANGE.equals(entry.get("action").asText())).toList();
    }
}
