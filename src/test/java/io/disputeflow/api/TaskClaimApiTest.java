package io.disputeflow.api;

import static io.disputeflow.api.DisputeApiTest.assertProblem;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.NORTH_AGENT;
import static io.disputeflow.support.ApiFixture.SOUTH_AGENT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Two agents of one company claim the same task: the second is told who has it, by name, not a server error. A task
 * is only given to someone who can open it.
 */
class TaskClaimApiTest extends ApiTestSupport {

    @Test
    void aTaskAColleagueClaimedFirst_409NamesTheColleague_andTheClaimStays() {
        String colleague = ApiFixture.person(identity, "claim-colleague-" + System.nanoTime(), "Nora", "Northwind",
                PlatformGroup.SELLER_AGENTS, List.of(NORTH_1));
        String id = opened(openRequest("O-CLAIM-" + System.nanoTime(), NORTH_1, "DEFECTIVE", "20.00", NOW));
        disputes.runJobs(id);
        String task = disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId();
        assertThat(api.post(colleague, "/engine-rest/task/" + task + "/claim", Map.of("userId", colleague))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> second = api.post(NORTH_AGENT, "/engine-rest/task/" + task + "/claim",
                Map.of("userId", NORTH_AGENT));

        assertProblem(second, HttpStatus.CONFLICT, "task-already-claimed");
        assertThat(second.getBody().get("message").asText())
                .startsWith("Nora Northwind has already claimed this task").doesNotContain(task, colleague);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(colleague);
    }

    /**
     * Camunda takes any name as assignee; a typo or another company's agent would make the task vanish from every
     * list of the store's agents while its deadline runs on. Refused in words, naming the field; a colleague is fine.
     */
    @Test
    void aTaskGivenToNoAccountOrToAnotherCompanysAgent_400_andTheTaskStaysWithNobody() {
        String id = opened(openRequest("O-ASSIGN-" + System.nanoTime(), NORTH_1, "DEFECTIVE", "20.00", NOW));
        disputes.runJobs(id);
        String task = disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId();

        ResponseEntity<JsonNode> typo = api.post(NORTH_AGENT, "/engine-rest/task/" + task + "/assignee",
                Map.of("userId", "agnet-north"));
        assertProblem(typo, HttpStatus.BAD_REQUEST, "assignee-refused");
        assertThat(typo.getBody().get("field").asText()).isEqualTo("userId");
        assertThat(typo.getBody().get("message").asText()).isEqualTo("\"agnet-north\" is not a colleague who works "
                + "on this store's disputes: the task would disappear from everyone's list. Enter the user name of a "
                + "colleague of the store's company.");
        ResponseEntity<JsonNode> otherCompany = api.post(NORTH_AGENT, "/engine-rest/task/" + task + "/claim",
                Map.of("userId", SOUTH_AGENT));
        assertProblem(otherCompany, HttpStatus.BAD_REQUEST, "assignee-refused");
        assertThat(otherCompany.getBody().get("message").asText()).as("no hint that the account exists elsewhere")
                .isEqualTo(typo.getBody().get("message").asText().replace("agnet-north", SOUTH_AGENT));
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();

        assertThat(api.post(NORTH_AGENT, "/engine-rest/task/" + task + "/assignee", Map.of("userId", NORTH_AGENT))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(NORTH_AGENT);
    }
}
