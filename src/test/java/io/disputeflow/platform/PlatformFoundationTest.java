package io.disputeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.support.PostgresSpringTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The foundation on a real PostgreSQL: schema, deployment and the security of every entry point. Whole
 * processes through timers and user tasks on PostgreSQL: {@link DisputeLifecyclePostgresTest}.
 */
@PostgresSpringTest
class PlatformFoundationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;
    @Autowired
    TestRestTemplate http;

    @Test
    void runsOnPostgresWithTheApplicationsFlywayTables() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL 15");
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class);
        assertThat(tables).contains("dispute", "dispute_timeline", "store_penalty", "refund", "disputeflow_schema_history",
                "act_ru_task");
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM disputeflow_schema_history WHERE success", Integer.class)).isPositive();
    }

    @Test
    void deploysTheProcessesAndForms() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("DisputeResolution")
                .latestVersion().singleResult()).isNotNull();
        String deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey("DisputeResolution")
                .latestVersion().singleResult().getDeploymentId();
        assertThat(repository.getDeploymentResourceNames(deploymentId))
                .anyMatch(name -> name.endsWith("DisputeResolution.bpmn"))
                .anyMatch(name -> name.endsWith("DisputeClassification.dmn"))
                .anyMatch(name -> name.endsWith("PlatformArbitration.bpmn"))
                .anyMatch(name -> name.endsWith("ReturnShipment.bpmn"))
                .anyMatch(name -> name.endsWith("respond-to-dispute.form"))
                .anyMatch(name -> name.endsWith("rule-on-dispute.form"));
    }

    @Test
    void engineRestNeedsAuthentication() {
        assertThat(http.getForEntity("/engine-rest/engine", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // another user: a wrong password locks the account for a few seconds (Camunda's brute-force guard)
        assertThat(http.withBasicAuth("outsider", "wrong").getForEntity("/engine-rest/engine", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> engines = http.withBasicAuth("admin", "test-admin-secret")
                .getForEntity("/engine-rest/engine", String.class);
        assertThat(engines.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engines.getBody()).contains("default");
    }

    @Test
    void engineAuthorizationAppliesToRestCalls() {
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
        User authorized = identity.newUser("authorized-nobody");
        authorized.setPassword("nobody-secret");
        identity.saveUser(authorized);
        String asAdmin = http.withBasicAuth("admin", "test-admin-secret")
                .getForObject("/engine-rest/process-definition?key=DisputeResolution", String.class);
        String asOutsider = http.withBasicAuth("authorized-nobody", "nobody-secret")
                .getForObject("/engine-rest/process-definition?key=DisputeResolution", String.class);

        assertThat(asAdmin).contains("\"key\":\"DisputeResolution\"");
        assertThat(asOutsider).isEqualTo("[]");
    }

    @Test
    void webappsAnswerWithTheirLoginPage() {
        ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/", String.class);
        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasklist.getBody()).containsIgnoringCase("tasklist");
    }

    @Test
    void healthIsPublicAndIncludesTheDatabase() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"").contains("\"db\"");
        assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
