package io.disputeflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.deployment.CamundaModelerClient;
import io.disputeflow.deployment.ModelFiles;
import io.disputeflow.deployment.ProcessOwners;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * A dispute runs on the models deployed together with the version it started on: a process owner deploys a changed
 * set of all models and forms from Modeler while dispute A is open; A's arbitration, its re-classification and its
 * forms still come from A's deployment, a dispute B opened afterwards uses the owner's. The owner's deployment is
 * deleted afterwards (with B), so the other test classes of the shared context keep the application's models.
 */
class VersionBindingPostgresTest extends ApiTestSupport {

    private static final String OWNERS_TAG = "owner-change-binding";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    FormService forms;

    @BeforeEach
    void processOwner() {
        ProcessOwners.account(identity, ProcessOwners.OWNER, PlatformGroup.PROCESS_OWNERS);
    }

    @AfterEach
    void takeTheOwnersDeploymentBack() {
        ProcessOwners.deleteModelerDeployments(repository);
    }

    @Test
    void disputeKeepsTheArbitrationDecisionAndFormsOfItsOwnDeployment_newDisputeGetsTheOwnersChange() {
        String a = opened(ApiFixture.openRequest("VB-A", ApiFixture.NORTH_1, "NOT_AS_DESCRIBED", "30.00", NOW));
        String applicationsDeployment = mainDeploymentOf(a);

        String ownersDeployment = deployChangedModelsAsProcessOwner();
        assertThat(ownersDeployment).isNotEqualTo(applicationsDeployment);

        // A is re-classified after the owner's deployment: the decision of A's deployment decides
        assertThat(api.post(ApiFixture.STOREFRONT, "/api/disputes/" + a + "/modification",
                Map.of("requestedRefund", Map.of("amount", "20.00", "currency", "USD"))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        disputes.runJobs(a);
        String b = opened(ApiFixture.openRequest("VB-B", ApiFixture.NORTH_1, "NOT_AS_DESCRIBED", "30.00", NOW));
        assertThat(mainDeploymentOf(b)).as("a new dispute starts on the owner's models").isEqualTo(ownersDeployment);

        assertThat(decisionDeploymentsOf(a)).as("classification and re-classification of A")
                .containsExactly(applicationsDeployment, applicationsDeployment);
        assertThat(decisionDeploymentsOf(b)).containsExactly(ownersDeployment);
        assertThat(formOf(a, Tasks.RESPOND_TO_DISPUTE)).as("A's seller form, created after the owner's deployment")
                .doesNotContain(OWNERS_TAG);
        assertThat(formOf(b, Tasks.RESPOND_TO_DISPUTE)).contains(OWNERS_TAG);

        for (String dispute : List.of(a, b)) {
            tasks.complete(disputes.task(dispute, Tasks.RESPOND_TO_DISPUTE).getId(),
                    Map.of("sellerDecision", "REJECT", "sellerMessage", "The item is as described"));
            assertThat(api.post(ApiFixture.STOREFRONT, "/api/disputes/" + dispute + "/escalation", null)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
            disputes.runJobs(dispute);
        }

        ProcessDefinition arbitrationOfA = arbitrationOf(a);
        assertThat(arbitrationOfA.getDeploymentId()).as("A, escalated after the owner's deployment, calls the "
                + "arbitration deployed with A's version").isEqualTo(applicationsDeployment);
        assertThat(arbitrationOfA.getVersionTag()).isNull();
        ProcessDefinition arbitrationOfB = arbitrationOf(b);
        assertThat(arbitrationOfB.getDeploymentId()).isEqualTo(ownersDeployment);
        assertThat(arbitrationOfB.getVersionTag()).isEqualTo(OWNERS_TAG);
        assertThat(arbitrationOfB.getVersion()).isEqualTo(arbitrationOfA.getVersion() + 1);
        assertThat(formOf(a, Tasks.TAKE_UP_ARBITRATION_CASE)).contains("Form_TakeUpArbitrationCase")
                .doesNotContain(OWNERS_TAG);
        assertThat(formOf(b, Tasks.TAKE_UP_ARBITRATION_CASE)).contains(OWNERS_TAG);

        for (String dispute : List.of(a, b)) {
            assertThat(api.post(ApiFixture.STOREFRONT, "/api/disputes/" + dispute + "/cancellation", null)
                    .getStatusCode()).as("leave no open dispute behind").isEqualTo(HttpStatus.OK);
        }
    }

    private String deployChangedModelsAsProcessOwner() {
        CamundaModelerClient modeler = new CamundaModelerClient("http://localhost:" + port + "/engine-rest",
                ProcessOwners.OWNER, ProcessOwners.OWNER);
        HttpResponse<String> deployed = modeler.deploy(ProcessOwners.DEPLOYMENT_NAME,
                ModelFiles.shipped().withVersionTag(OWNERS_TAG));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        return CamundaModelerClient.json(deployed).get("id").asText();
    }

    private String mainDeploymentOf(String disputeId) {
        ProcessInstance main = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId)
                .processDefinitionKey(Definitions.DISPUTE_RESOLUTION).singleResult();
        return repository.getProcessDefinition(main.getProcessDefinitionId()).getDeploymentId();
    }

    private ProcessDefinition arbitrationOf(String disputeId) {
        ProcessInstance arbitration = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId)
                .processDefinitionKey(Definitions.PLATFORM_ARBITRATION).singleResult();
        assertThat(arbitration).as("the arbitration of " + disputeId).isNotNull();
        return repository.getProcessDefinition(arbitration.getProcessDefinitionId());
    }

    /** The deployment of each classification decision the dispute evaluated, oldest first. */
    private List<String> decisionDeploymentsOf(String disputeId) {
        ProcessInstance main = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId)
                .processDefinitionKey(Definitions.DISPUTE_RESOLUTION).singleResult();
        return history.createHistoricDecisionInstanceQuery().processInstanceId(main.getId())
                .decisionDefinitionKey(Definitions.DISPUTE_CLASSIFICATION).orderByEvaluationTime().asc().list().stream()
                .map(HistoricDecisionInstance::getDecisionDefinitionId)
                .map(id -> repository.getDecisionDefinition(id).getDeploymentId())
                .toList();
    }

    /** The Camunda form Tasklist shows for the dispute's task (what GET /task/{id}/deployed-form answers). */
    private String formOf(String disputeId, String taskKey) {
        Task task = disputes.task(disputeId, taskKey);
        assertThat(task).as(taskKey + " of " + disputeId).isNotNull();
        try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
