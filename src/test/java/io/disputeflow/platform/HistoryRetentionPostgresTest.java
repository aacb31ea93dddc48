package io.disputeflow.platform;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * History retention on PostgreSQL: Camunda's history cleanup removes a finished dispute's instance history once its
 * time to live (P180D from the start) has passed, and the API still tells the whole dispute from the dispute record.
 */
class HistoryRetentionPostgresTest extends ApiTestSupport {

    /** Long before every other test's instances, so that the cleanup below removes only this test's history. */
    static final Instant LONG_AGO = Instant.parse("2021-03-01T10:00:00Z");

    @Autowired
    HistoryService history;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void theCleanupConfigurationIsTheDocumentedOne() {
        assertThat(engineConfiguration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(engineConfiguration.getHistoryRemovalTimeStrategy()).isEqualTo("start");
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(engineConfiguration.getHistoryCleanupBatchSize()).isEqualTo(500);
        assertThat(engineConfiguration.isHistoryCleanupEnabled()).isTrue();
    }

    @Test
    void aFinishedDisputesInstanceHistoryIsCleanedUp_andTheApiStillAnswersInFullFromTheRecord() {
        ClockUtil.setCurrentTime(Date.from(LONG_AGO));
        String id = opened(openRequest("O-RETENTION-" + System.nanoTime(), NORTH_1, "DEFECTIVE", "30.00", LONG_AGO));
        assertThat(api.completeTask(ADMIN, disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "ACCEPT")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        disputes.runJobs(id);
        JsonNode before = dispute(id);
        assertThat(before.get("closedAt").isNull()).as("finished").isFalse();
        assertThat(before.get("outcome").isNull()).isFalse();
        assertThat(before.get("timeline").size()).isGreaterThanOrEqualTo(2);
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(id).list();
        assertThat(instances).isNotEmpty().allSatisfy(instance -> {
            assertThat(instance.getEndTime()).isNotNull();
            assertThat(instance.getRemovalTime()).as("start + historyTimeToLive P180D")
                    .isEqualTo(Date.from(instance.getStartTime().toInstant().plus(Duration.ofDays(180))));
        });
        List<String> instanceIds = instances.stream().map(HistoricProcessInstance::getId).toList();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                .count()).isPositive();

        ClockUtil.setCurrentTime(Date.from(LONG_AGO.plus(Duration.ofDays(181))));
        runHistoryCleanupUntilNothingIsLeftOf(instanceIds);

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        for (String instanceId : instanceIds) {
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).count()).isZero();
            assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instanceId).count()).isZero();
            assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instanceId).count()).isZero();
        }
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                .count()).isZero();
        assertThat(dispute(id)).as("the record answers as before, status, outcome and timeline included")
                .isEqualTo(before);
    }

    /** Runs the cleanup job as the job executor would, at most a few rounds (each removes up to a batch per kind). */
    void runHistoryCleanupUntilNothingIsLeftOf(List<String> instanceIds) {
        history.cleanUpHistoryAsync(true);
        for (int round = 0; round < 10 && history.createHistoricProcessInstanceQuery()
                .processInstanceIds(new java.util.HashSet<>(instanceIds)).count() > 0; round++) {
            for (Job job : history.findHistoryCleanupJobs()) {
                if (!job.getDuedate().after(ClockUtil.getCurrentTime())) {
                    management.executeJob(job.getId());
                }
            }
        }
    }
}
