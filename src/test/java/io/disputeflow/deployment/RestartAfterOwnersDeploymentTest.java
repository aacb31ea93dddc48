package io.disputeflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.support.ApiClient;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.ApplicationNode.NodeProcess;
import io.disputeflow.support.TestPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The application's own deployment at start-up (the Spring Boot starter deploys processes/ and forms/ from the
 * classpath as "SpringAutoDeployment", with duplicate filtering) neither rolls back nor repeats what a process owner
 * deployed from Modeler: after a restart on the same database there is no new version, and the latest version of
 * every model is still the owner's. The application runs in JVMs of its own, as in production.
 */
class RestartAfterOwnersDeploymentTest {

    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);
    private static final List<String> MODELS = List.of("process-definition", "decision-definition",
            "decision-requirements-definition");

    @Test
    void restartAfterTheOwnersModelerDeployment_createsNoVersion_andTheOwnersModelsStayLatest() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "owner-restart"));
        String database = TestPostgres.newDatabase("ownerrestart");
        String ownersDeployment;
        Map<String, String> latestBeforeRestart;
        Map<String, Integer> countsBeforeRestart;

        NodeProcess node = start(folder, "before-restart", database);
        try {
            CamundaModelerClient owner = processOwnerOf(node);
            HttpResponse<String> deployed = owner.deploy(ProcessOwners.DEPLOYMENT_NAME,
                    ModelFiles.shipped().withVersionTag("owner-change-restart"));
            assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
            ownersDeployment = CamundaModelerClient.json(deployed).get("id").asText();
            latestBeforeRestart = latest(owner);
            countsBeforeRestart = counts(owner);
        } finally {
            node.stop(STOP_PATIENCE);
        }
        assertThat(latestBeforeRestart).isNotEmpty().allSatisfy((key, versionAndDeployment) ->
                assertThat(versionAndDeployment).as(key).isEqualTo("2 " + ownersDeployment));
        assertThat(countsBeforeRestart.get("deployment")).as("the application's and the owner's").isEqualTo(2);

        node = start(folder, "after-restart", database);
        try {
            CamundaModelerClient owner = new CamundaModelerClient(node.baseUrl() + "/engine-rest",
                    ProcessOwners.OWNER, ProcessOwners.OWNER);
            assertThat(counts(owner)).as("no new deployment, no new version").isEqualTo(countsBeforeRestart);
            assertThat(latest(owner)).as("the owner's models are still the latest").isEqualTo(latestBeforeRestart);
            assertThat(owner.getJson("/deployment?name=SpringAutoDeployment")).hasSize(1);
        } finally {
            node.stop(STOP_PATIENCE);
        }
    }

    private static NodeProcess start(Path folder, String name, String database) throws IOException {
        return ApplicationNode.on(database).name(name).engine("default").jobExecutor(false)
                .startProcess(folder, RestartNode.class, Map.of(
                        "node.folder", folder.toAbsolutePath().toString(), "node.name", name));
    }

    /** The demo's process owner, created by the administrator over REST (the postgres profile has no demo users). */
    private static CamundaModelerClient processOwnerOf(NodeProcess node) {
        String endpoint = node.baseUrl() + "/engine-rest";
        CamundaModelerClient admin = new CamundaModelerClient(endpoint, ApplicationNode.ADMIN,
                ApplicationNode.ADMIN_PASSWORD);
        String user = ApiClient.json(Map.of(
                "profile", Map.of("id", ProcessOwners.OWNER, "firstName", "Owen", "lastName", "Process Owner"),
                "credentials", Map.of("password", ProcessOwners.OWNER)));
        assertThat(admin.postJson("/user/create", user).statusCode()).isEqualTo(204);
        assertThat(admin.put("/group/process-owners/members/" + ProcessOwners.OWNER).statusCode()).isEqualTo(204);
        return new CamundaModelerClient(endpoint, ProcessOwners.OWNER, ProcessOwners.OWNER);
    }

    /** "version deploymentId" of the latest process and decision definitions, by key. */
    private static Map<String, String> latest(CamundaModelerClient client) {
        Map<String, String> latest = new TreeMap<>();
        for (String models : List.of("process-definition", "decision-definition")) {
            for (JsonNode definition : client.getJson("/" + models + "?latestVersion=true")) {
                latest.put(definition.get("key").asText(),
                        definition.get("version").asInt() + " " + definition.get("deploymentId").asText());
            }
        }
        return latest;
    }

    private static Map<String, Integer> counts(CamundaModelerClient client) {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("deployment", client.getJson("/deployment/count").get("count").asInt());
        for (String models : MODELS) {
            counts.put(models, client.getJson("/" + models + "/count").get("count").asInt());
        }
        return counts;
    }
}
