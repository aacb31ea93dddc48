package io.disputeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.support.PostgresSpringTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The foundation on a real PostgreSQL: schema, deployment, a process through a timer and a user task,
 * and the security of every entry point.
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
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    TestRestTemplate http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void runsOnPostgresWithTheApplicationsFlywayTables() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL 15");
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class);
        assertThat(tables).contains("dispute", "dispute_timeline", "disputeflow_schema_history", "act_ru_task");
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
                .anyMatch(name -> name.endsWith("respond-to-dispute.form"));
    }

    @Test
    void processInstanceRunsThroughUserTask() {
        ProcessInstance dispute = runtime.startProcessInstanceByKey("DisputeResolution", "D-PG-1");
        Task respond = tasks.createTaskQuery().processInstanceId(dispute.getId()).singleResult();
        assertThat(respond.getTaskDefinitionKey()).isEqualTo("Task_RespondToDispute");
        assertThat(respond.getDueDate()).isNotNull();

        tasks.complete(respond.getId(), java.util.Map.of("sellerDecision", "ACCEPT"));

        assertThat(passedActivities(dispute)).contains("EndEvent_SellerResponded");
    }

    @Test
    void processInstanceRunsThroughTimer() {
        Instant filed = Instant.parse("2026-11-02T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(filed));
        ProcessInstance dispute = runtime.startProcessInstanceByKey("DisputeResolution", "D-PG-2");
        Job deadline = management.createJobQuery().processInstanceId(dispute.getId()).timers().singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(filed.plus(5, ChronoUnit.DAYS)));

        ClockUtil.setCurrentTime(Date.from(filed.plus(5, ChronoUnit.DAYS)));
        assertThat(management.createJobQuery().processInstanceId(dispute.getId()).executable().count()).isOne();
        management.executeJob(deadline.getId());

        assertThat(passedActivities(dispute)).contains("EndEvent_BuyerProposalGranted");
        assertThat(tasks.createTaskQuery().processInstanceId(dispute.getId()).count()).isZero();
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

    private List<String> passedActivities(ProcessInstance instance) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).finished().list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }
}
