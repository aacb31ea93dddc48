package io.disputeflow.api;

import static io.disputeflow.api.DisputeApiTest.assertProblem;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.NORTH_AGENT;
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

/** Two agents of one company claim the same task: the second is told who has it, by name, not a server error. */
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
}
