package io.disputeflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The deploy-time guard over HTTP on PostgreSQL: the process owner deploys every file of {@code processes/} and
 * {@code forms/} to {@code /engine-rest/deployment/create} as Camunda Modeler does (multipart, Basic authentication).
 * A model that breaks the contract is refused with a 400 problem that names each problem, and nothing is stored; a
 * valid change deploys. Whatever a test deploys is deleted after it, so the shipped models stay the latest version.
 */
class DeploymentGuardPostgresTest extends ApiTestSupport {

    /** A process owner of its own, so no other test's account (or password) for "owen" is in the way. */
    static final String OWNER = "guard-owner";
    static final String RESOLUTION = DeploymentContractCheckTest.RESOLUTION;

    @Autowired
    RepositoryService repository;

    final Set<String> deploymentsBefore = new HashSet<>();
    boolean ownerCreated;

    @BeforeEach
    void theProcessOwner() {
        repository.createDeploymentQuery().list().forEach(deployment -> deploymentsBefore.add(deployment.getId()));
        if (identity.createUserQuery().userId(OWNER).count() == 0) {
            User owner = identity.newUser(OWNER);
            owner.setPassword(ApiFixture.password(OWNER));
            identity.saveUser(owner);
            identity.createMembership(OWNER, PlatformGroup.PROCESS_OWNERS.id());
            ownerCreated = true;
        }
    }

    @AfterEach
    void removeWhatTheTestDeployed() {
        for (Deployment deployment : repository.createDeploymentQuery().list()) {
            if (!deploymentsBefore.contains(deployment.getId())) {
                repository.deleteDeployment(deployment.getId(), true);
            }
        }
        if (ownerCreated) {
            identity.deleteUser(OWNER);
        }
    }

    @Test
    void aModelThatRenamesRespondToDispute_isRefusedWithAProblemNamingIt_andNothingIsDeployed() {
        long definitions = repository.createProcessDefinitionQuery().count();
        long deployments = repository.createDeploymentQuery().count();

        ResponseEntity<JsonNode> refused = deploy(DeploymentContractCheckTest.edited(RESOLUTION,
                xml -> xml.replace("Task_RespondToDispute", "Task_AnswerDispute")));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = refused.getBody();
        String named = "DisputeResolution: the user task 'Respond to dispute' (Task_RespondToDispute) is missing; the "
                + "application opens it for the seller's answer (R2). Renamed it? Keep the id.";
        assertThat(problem.get("type").asText()).isEqualTo("https://disputeflow.io/problems/model-contract");
        assertThat(problem.get("title").asText()).isEqualTo("The deployment breaks what the application relies on");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("message").asText()).isEqualTo(problem.get("detail").asText()).isEqualTo(
                "The deployment was refused: it breaks what DisputeFlow relies on. Fix this problem in Camunda Modeler "
                        + "and deploy again:\n- " + named);
        assertThat(problem.get("problems")).singleElement().satisfies(entry -> {
            assertThat(entry.get("process").asText()).isEqualTo("DisputeResolution");
            assertThat(entry.get("element").asText()).isEqualTo("Task_RespondToDispute");
            assertThat(entry.get("message").asText()).isEqualTo(named);
        });
        JsonNode parseError = problem.at("/details/" + RESOLUTION + "/errors/0");
        assertThat(parseError.get("message").asText()).isEqualTo(named);
        assertThat(parseError.get("mainElementId").asText()).isEqualTo("Task_RespondToDispute");

        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aUserTaskWithoutDueDate_isRefused() {
        assertRefusedWith(DeploymentContractCheckTest.edited("PlatformArbitration.bpmn",
                xml -> xml.replace(" camunda:dueDate=\"P3D\"", "")),
                "PlatformArbitration: the user task 'Rule on dispute' (Task_RuleOnDispute) has no due date;");
    }

    @Test
    void aTimerWithADurationThatIsNoIsoDuration_isRefused() {
        assertRefusedWith(DeploymentContractCheckTest.edited(RESOLUTION, xml -> xml.replace(
                        "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${deadlines.after(requestedAt, 'P5D')}",
                        "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${deadlines.after(requestedAt, 'P5X')}")),
                "DisputeResolution: the timer '5 days without answer' (Timer_SellerResponseDue) has the duration "
                        + "'P5X', which is not an ISO-8601 period");
    }

    @Test
    void anUnknownVariable_isRefusedNamingIt() {
        assertRefusedWith(DeploymentContractCheckTest.edited(RESOLUTION, xml -> xml.replace(
                        "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${deadlines.after(requestedAt, 'P5D')}",
                        "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${deadlines.after(requestedAtt, 'P5D')}")),
                "DisputeResolution: '5 days without answer' (Timer_SellerResponseDue) uses 'requestedAtt' in "
                        + "${deadlines.after(requestedAtt, 'P5D')}, which is not a variable of the dispute (did you "
                        + "mean 'requestedAt'?)");
    }

    @Test
    void aDeploymentBoundCallee_missingFromTheDeployment_isRefused() {
        Map<String, byte[]> files = DeploymentContractCheckTest.everyFile();
        DeploymentContractCheckTest.rewrite(files, RESOLUTION, DeploymentContractCheckTest::deploymentBinding);

        assertRefusedWith(Map.of(RESOLUTION, files.get(RESOLUTION)), "DisputeResolution calls PlatformArbitration, "
                + "which is not part of this deployment ('Arbitrate dispute' (CallActivity_PlatformArbitration) binds "
                + "to its own deployment): deploy all files of processes/ and forms/ together.");
    }

    @Test
    void severalProblemsInOneDeployment_areAllListed_oneALine() {
        JsonNode problem = refused(DeploymentContractCheckTest.edited(RESOLUTION, xml -> xml
                .replace("Task_RespondToDispute", "Task_AnswerDispute")
                .replace(" camunda:dueDate=\"P2D\"", "")
                .replace("${deadlines.after(filedAt, 'P15D')}", "${deadlines.after(filedAt, 'P15X')}")
                .replace("${declinedRefundAction == 'CLOSE'}", "${refundAction == 'CLOSE'}")));

        List<String> problems = StreamSupport.stream(problem.get("problems").spliterator(), false)
                .map(entry -> entry.get("element").asText()).toList();
        assertThat(problems).containsExactlyInAnyOrder("Task_RespondToDispute", "Task_ReviewAbuseReport",
                "Timer_NegotiationWindowEnds", "Flow_GiveUpRefund");
        assertThat(problem.get("message").asText().lines().skip(1))
                .allSatisfy(line -> assertThat(line).startsWith("- DisputeResolution")).hasSize(4);
        assertThat(problem.get("message").asText()).startsWith("The deployment was refused: it breaks what "
                + "DisputeFlow relies on. Fix these 4 problems in Camunda Modeler and deploy again:\n");
    }

    @Test
    void aValidChange_sellerHasSevenDaysInsteadOfFive_deploys() throws java.io.IOException {
        ProcessDefinition shipped = repository.createProcessDefinitionQuery().processDefinitionKey("DisputeResolution")
                .latestVersion().singleResult();

        ResponseEntity<JsonNode> deployed = deploy(DeploymentContractCheckTest.edited(RESOLUTION,
                xml -> xml.replace("'P5D'", "'P7D'")));

        assertThat(deployed.getStatusCode()).as(String.valueOf(deployed.getBody())).isEqualTo(HttpStatus.OK);
        ProcessDefinition changed = repository.createProcessDefinitionQuery().processDefinitionKey("DisputeResolution")
                .latestVersion().singleResult();
        assertThat(changed.getVersion()).isEqualTo(shipped.getVersion() + 1);
        assertThat(changed.getDeploymentId()).isEqualTo(deployed.getBody().get("id").asText());
        String model;
        try (var in = repository.getProcessModel(changed.getId())) {
            model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(model).contains("${deadlines.after(requestedAt, 'P7D')}").doesNotContain("'P5D'");
    }

    private void assertRefusedWith(Map<String, byte[]> files, String problem) {
        JsonNode refused = refused(files);
        assertThat(refused.get("problems")).anySatisfy(entry -> assertThat(entry.get("message").asText())
                .startsWith(problem));
        assertThat(refused.get("message").asText()).contains("\n- " + problem);
    }

    private JsonNode refused(Map<String, byte[]> files) {
        long definitions = repository.createProcessDefinitionQuery().count();
        ResponseEntity<JsonNode> refused = deploy(files);
        assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        return refused.getBody();
    }

    /** POST /engine-rest/deployment/create as Camunda Modeler 5 sends it, as the process owner. */
    private ResponseEntity<JsonNode> deploy(Map<String, byte[]> files) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "disputeflow-models");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("enable-duplicate-filtering", "true");
        files.forEach((name, content) -> parts.add(name, new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return api.as(OWNER).exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(parts, headers), JsonNode.class);
    }
}
