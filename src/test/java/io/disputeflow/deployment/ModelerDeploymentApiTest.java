package io.disputeflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.support.PostgresSpringTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner deploys from Camunda Modeler: the request Modeler 5 sends ({@link CamundaModelerClient}) to the
 * running application over HTTP, with Camunda's authorizations on. Every deployment made here is deleted again,
 * so the other test classes of this Spring context keep starting disputes on the models the application deployed.
 */
@PostgresSpringTest
class ModelerDeploymentApiTest {

    static final String OWNER = ProcessOwners.OWNER;
    static final String SELLER_AGENT = "anna";
    static final String ARBITRATOR = "arthur";
    static final String DEPLOYMENT_NAME = ProcessOwners.DEPLOYMENT_NAME;
    static final List<String> PROCESSES = List.of("DisputeResolution", "PlatformArbitration", "ReturnShipment");

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;

    @BeforeEach
    void accounts() {
        ProcessOwners.account(identity, OWNER, PlatformGroup.PROCESS_OWNERS);
        ProcessOwners.account(identity, SELLER_AGENT, PlatformGroup.SELLER_AGENTS);
        ProcessOwners.account(identity, ARBITRATOR, PlatformGroup.ARBITRATORS);
    }

    @AfterEach
    void deleteWhatModelerDeployed() {
        ProcessOwners.deleteModelerDeployments(repository);
    }

    @Test
    void processOwnerDeploysAllModelsAndFormsLikeModeler_andReadsTheNewVersionsBack() {
        CamundaModelerClient modeler = modeler(OWNER);
        Map<String, Integer> before = latestVersions(modeler);
        ModelFiles changed = ModelFiles.shipped().withVersionTag("owner-change-1");

        assertThat(modeler.checkConnection().statusCode()).as("the deploy dialog's connection check").isEqualTo(200);
        HttpResponse<String> deployed = modeler.deploy(DEPLOYMENT_NAME, changed);

        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        JsonNode deployment = CamundaModelerClient.json(deployed);
        String id = deployment.get("id").asText();
        assertThat(deployment.get("name").asText()).isEqualTo(DEPLOYMENT_NAME);
        assertThat(deployment.get("source").asText()).isEqualTo(CamundaModelerClient.DEPLOYMENT_SOURCE);
        assertThat(modeler.getJson("/deployment/" + id + "/resources").findValuesAsText("name"))
                .as("models and forms in one deployment").containsExactlyInAnyOrderElementsOf(changed.names());
        JsonNode processes = modeler.getJson("/process-definition?deploymentId=" + id);
        assertThat(processes.findValuesAsText("key")).containsExactlyInAnyOrderElementsOf(PROCESSES);
        for (JsonNode process : processes) {
            String key = process.get("key").asText();
            assertThat(process.get("version").asInt()).as(key).isEqualTo(before.get(key) + 1);
            assertThat(process.get("versionTag").asText()).as(key).isEqualTo("owner-change-1");
        }
        assertThat(modeler.getJson("/decision-definition?deploymentId=" + id).findValuesAsText("key"))
                .containsExactly("DisputeClassification");
        assertThat(modeler.getJson("/process-definition/key/DisputeResolution").get("deploymentId").asText())
                .as("new disputes start on the owner's version").isEqualTo(id);

        HttpResponse<String> again = modeler.deploy(DEPLOYMENT_NAME, changed);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(CamundaModelerClient.json(again).get("id").asText())
                .as("deploying unchanged files again is filtered as a duplicate").isEqualTo(id);
        assertThat(latestVersions(modeler)).allSatisfy((key, version) ->
                assertThat(version).as(key).isEqualTo(before.get(key) + 1));

        assertThat(modeler.delete("/deployment/" + id + "?cascade=true").statusCode())
                .as("the owner can take a deployment back").isEqualTo(204);
        assertThat(latestVersions(modeler)).isEqualTo(before);
    }

    @Test
    void sellerAgentsAndArbitratorsMayNotDeploy_unknownAccountIsNotSignedIn() {
        long deployments = repository.createDeploymentQuery().count();
        ModelFiles changed = ModelFiles.shipped().withVersionTag("not-allowed");

        for (String user : List.of(SELLER_AGENT, ARBITRATOR)) {
            HttpResponse<String> refused = modeler(user).deploy(DEPLOYMENT_NAME, changed);
            assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
        }
        // an unknown account, not a wrong password of a real one: Camunda would lock that account for a few seconds
        HttpResponse<String> unknown = new CamundaModelerClient(endpoint(), "nobody-here", "guess")
                .deploy(DEPLOYMENT_NAME, changed);
        assertThat(unknown.statusCode()).as("Modeler: credentials do not match").isEqualTo(401);

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    CamundaModelerClient modeler(String user) {
        return new CamundaModelerClient(endpoint(), user, user);
    }

    String endpoint() {
        return "http://localhost:" + port + "/engine-rest";
    }

    /** The latest version of each process, as the caller reads it over REST. */
    /** The latest version of each of DisputeFlow's processes (other tests deploy models of their own). */
    static Map<String, Integer> latestVersions(CamundaModelerClient client) {
        Map<String, Integer> versions = new TreeMap<>();
        for (JsonNode process : client.getJson("/process-definition?latestVersion=true")) {
            if (PROCESSES.contains(process.get("key").asText())) {
                versions.put(process.get("key").asText(), process.get("version").asInt());
            }
        }
        return versions;
    }
}
