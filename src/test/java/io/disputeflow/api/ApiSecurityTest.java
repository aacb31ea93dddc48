package io.disputeflow.api;

import static io.disputeflow.api.DisputeApiTest.assertProblem;
import static io.disputeflow.support.ApiFixture.ARBITRATOR;
import static io.disputeflow.support.ApiFixture.NOBODY;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.NORTH_2;
import static io.disputeflow.support.ApiFixture.NORTH_AGENT;
import static io.disputeflow.support.ApiFixture.SOUTH_1;
import static io.disputeflow.support.ApiFixture.SOUTH_AGENT;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who may call what: the storefront acts for buyers; agents read their own company's stores only; anyone else
 * gets 401 or 403, always as problem+json.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiSecurityTest extends ApiTestSupport {



    /** The logger Camunda reports a failed command with (ENGINE-16004). */
    static final String ENGINE_COMMAND_FAILURES = "org.camunda.bpm.engine.context";

    @Autowired
    LoggingSystem logging;

    String northDispute;
    String southDispute;

    @BeforeEach
    void openOneDisputeInEachCompany() {
        northDispute = open(NORTH_2);
        southDispute = open(SOUTH_1);
    }


    String open(String store) {
        return api.post(STOREFRONT, "/api/disputes", openRequest(DisputeApiTest.newOrder(), store, "DEFECTIVE",
                "10.00", NOW)).getBody().get("id").asText();
    }

    @Test
    void withoutCredentials_401ProblemWithBasicChallenge() {
        ResponseEntity<JsonNode> anonymous = api.get(null, "/api/disputes/" + northDispute);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(http.withBasicAuth("intruder", "guess").getForEntity("/api/disputes", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void agents_readTheirCompanysStores_notAnotherCompanys() {
        assertThat(api.get(NORTH_AGENT, "/api/disputes/" + northDispute).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(api.get(NORTH_AGENT, "/api/disputes/" + southDispute), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(api.get(SOUTH_AGENT, "/api/disputes/" + northDispute), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(api.get(SOUTH_AGENT, "/api/disputes/" + northDispute + "/evidence"), HttpStatus.FORBIDDEN,
                "forbidden");
    }

    @Test
    void agentsList_showsAllStoresOfTheirCompanyInOneList_andNoOther() {
        String northOne = open(NORTH_1);

        JsonNode list = api.get(NORTH_AGENT, "/api/disputes?size=100").getBody();

        assertThat(list.get("items").findValuesAsText("storeId")).containsOnly(NORTH_1, NORTH_2);
        assertThat(list.get("items").findValuesAsText("id")).contains(northOne, northDispute)
                .doesNotContain(southDispute);
        assertProblem(api.get(NORTH_AGENT, "/api/disputes?storeId=" + SOUTH_1), HttpStatus.FORBIDDEN, "forbidden");
    }

    /**
     * Camunda checks the tenant of a record read or changed by id and answers 500 (ENGINE-13034) when it is another
     * company's: a 403 problem instead, without the engine's message, and nothing read or changed. The log says so in
     * one line instead of the engine's error with its stack trace.
     */
    @Test
    void engineRest_anotherCompanysTaskOrProcess_403ProblemNotServerError(CapturedOutput log) {
        // the tests switch the engine's command-failure logger off (see application-test.yaml); on here, as shipped
        logging.setLogLevel(ENGINE_COMMAND_FAILURES, LogLevel.ERROR);
        try {
            refusedAndLoggedInOneLine(log);
        } finally {
            logging.setLogLevel(ENGINE_COMMAND_FAILURES, LogLevel.OFF);
        }
    }

    private void refusedAndLoggedInOneLine(CapturedOutput log) {
        disputes.runJobs(northDispute);
        String task = disputes.task(northDispute, Tasks.RESPOND_TO_DISPUTE).getId();
        String instance = disputes.task(northDispute, Tasks.RESPOND_TO_DISPUTE).getProcessInstanceId();
        assertThat(api.get(NORTH_AGENT, "/engine-rest/task/" + task + "/form-variables").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        for (String read : List.of("/task/" + task + "/form-variables", "/task/" + task + "/variables",
                "/task/" + task + "/variables/" + Variables.ORDER_FACTS, "/task/" + task + "/identity-links",
                "/process-instance/" + instance + "/variables",
                "/process-instance/" + instance + "/activity-instances")) {
            ResponseEntity<JsonNode> answer = api.get(SOUTH_AGENT, "/engine-rest" + read);
            assertProblem(answer, HttpStatus.FORBIDDEN, "forbidden");
            assertThat(answer.getBody().toString()).as(read).doesNotContain(task, instance, "ENGINE-");
        }
        assertProblem(api.post(SOUTH_AGENT, "/engine-rest/task/" + task + "/claim", Map.of("userId", SOUTH_AGENT)),
                HttpStatus.FORBIDDEN, "forbidden");
        ResponseEntity<JsonNode> completed = api.post(SOUTH_AGENT, "/engine-rest/task/" + task + "/complete",
                Map.of("variables", Map.of("sellerDecision", Map.of("value", "ACCEPT"))));
        assertProblem(completed, HttpStatus.FORBIDDEN, "forbidden");
        assertThat(completed.getBody().toString()).doesNotContain(task, instance, "ENGINE-");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        ResponseEntity<JsonNode> byStorefront = api.post(STOREFRONT, "/engine-rest/task/" + task + "/complete",
                Map.of("variables", Map.of("sellerDecision", Map.of("value", "ACCEPT"))));
        assertProblem(byStorefront, HttpStatus.FORBIDDEN, "forbidden");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertProblem(api.post(SOUTH_AGENT, "/engine-rest/process-instance/" + instance + "/variables",
                Map.of("modifications", Map.of("note", Map.of("value", "x")))), HttpStatus.FORBIDDEN, "forbidden");

        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
        assertThat(runtime.getVariable(instance, "note")).isNull();
        assertThat(log.getOut()).contains("Refused with 403 https://disputeflow.io/problems/forbidden")
                .doesNotContain("ENGINE-16004", "ENGINE-13034");
    }

    @Test
    void serviceLevels_ofOwnStoresOnly() {
        assertThat(api.get(NORTH_AGENT, "/api/stores/" + NORTH_2 + "/service-level").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertProblem(api.get(NORTH_AGENT, "/api/stores/" + SOUTH_1 + "/service-level"), HttpStatus.FORBIDDEN,
                "forbidden");
    }

    @Test
    void onlyTheStorefrontActsForBuyers() {
        assertProblem(api.post(NORTH_AGENT, "/api/disputes", openRequest(DisputeApiTest.newOrder(), NORTH_1,
                "DEFECTIVE", "10.00", NOW)), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(api.post(NORTH_AGENT, "/api/disputes/" + northDispute + "/cancellation", null),
                HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(api.post(ARBITRATOR, "/api/disputes/" + northDispute + "/escalation", null),
                HttpStatus.FORBIDDEN, "forbidden");
        assertThat(api.get(NORTH_AGENT, "/api/disputes/" + northDispute).getBody().get("status").asText())
                .isEqualTo("AWAITING_SELLER");
    }

    @Test
    void arbitratorsReadEveryStore_accountsWithoutARoleReadNothing() {
        assertThat(api.get(ARBITRATOR, "/api/disputes/" + southDispute).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(api.get(NOBODY, "/api/disputes/" + southDispute), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(api.get(NOBODY, "/api/disputes"), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void evidenceIsFiledByItsOwnParty() {
        byte[] photo = {1, 2, 3};
        assertThat(api.upload(NORTH_AGENT, northDispute, "SELLER", "PHOTO", "packing.jpg", MediaType.IMAGE_JPEG,
                photo).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertProblem(api.upload(SOUTH_AGENT, northDispute, "SELLER", "PHOTO", "x.jpg", MediaType.IMAGE_JPEG, photo),
                HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(api.upload(STOREFRONT, northDispute, "SELLER", "PHOTO", "x.jpg", MediaType.IMAGE_JPEG, photo),
                HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(api.upload(NORTH_AGENT, northDispute, "BUYER", "PHOTO", "x.jpg", MediaType.IMAGE_JPEG, photo),
                HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void apiDocumentationIsPublished() {
        ResponseEntity<JsonNode> docs = http.getForEntity("/v3/api-docs", JsonNode.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody().get("paths").has("/api/disputes/{id}/counter-offer/acceptance")).isTrue();
        assertThat(docs.getBody().at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
