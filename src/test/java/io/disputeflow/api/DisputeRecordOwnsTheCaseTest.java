package io.disputeflow.api;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiTestSupport;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The dispute record owns the case: what the seller answered, why the case went to arbitration, the ruling and what
 * was executed are read from it, so {@code GET /api/disputes/{id}} answers the same once Camunda's history cleanup has
 * removed the dispute's process history (the models keep history for 180 days).
 */
class DisputeRecordOwnsTheCaseTest extends ApiTestSupport {

    @Autowired
    HistoryService history;

    @Test
    void R11_disputeReadsTheSameAfterCamundaHistoryIsCleanedUp() {
        String id = arbitratedAndRefunded();
        JsonNode before = dispute(id);
        assertThat(before.get("status").asText()).isEqualTo("REFUNDED");
        assertThat(before.at("/sellerAnswer/decision").asText()).isEqualTo("REJECT");
        assertThat(before.at("/sellerAnswer/message").asText()).isEqualTo("The colour is as shown on the photos");
        assertThat(before.at("/ruling/outcome").asText()).isEqualTo("PARTIAL_REFUND");
        assertThat(before.at("/ruling/refund/amount").asText()).isEqualTo("12.50");
        assertThat(before.at("/agreement/source").asText()).isEqualTo("RULING");
        assertThat(before.at("/refunds/0/amount/amount").asText()).isEqualTo("12.50");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).count())
                .as("main process and arbitration").isEqualTo(2);

        String[] instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).list()
                .stream().map(HistoricProcessInstance::getId).toArray(String[]::new);

        runHistoryCleanup(instances, 181);

        assertThat(dispute(id)).isEqualTo(before);
    }

    /** Rejected with a message, escalated by the buyer, ruled a partial refund of 12.50, paid. */
    private String arbitratedAndRefunded() {
        ResponseEntity<JsonNode> opened = api.post(STOREFRONT, "/api/disputes",
                openRequest("O-HISTORY-" + System.nanoTime(), NORTH_1, "NOT_AS_DESCRIBED", "30.00", NOW));
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = opened.getBody().get("id").asText();
        disputes.runJobs(id);
        complete(id, Tasks.RESPOND_TO_DISPUTE, Map.of("sellerDecision", "REJECT",
                "sellerMessage", "The colour is as shown on the photos"));
        assertThat(api.post(STOREFRONT, "/api/disputes/" + id + "/escalation", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        disputes.runJobs(id);
        complete(id, Tasks.TAKE_UP_ARBITRATION_CASE, Map.of("takeUpConfirmed", true));
        complete(id, Tasks.RULE_ON_DISPUTE, Map.of("rulingOutcome", "PARTIAL_REFUND", "rulingRefundAmount", "12.5",
                "sellerPenalty", false, "rulingNote", "The colour differs slightly from the photos"));
        return id;
    }

    private void complete(String id, String task, Map<String, Object> variables) {
        ResponseEntity<String> completed = api.completeTask(ADMIN, disputes.task(id, task).getId(), variables);
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        disputes.runJobs(id);
    }

    /**
     * Camunda's own history cleanup job, run once the history's removal time has passed, until the dispute's process
     * history is gone: each run removes a batch of at most 500 per table, and earlier tests left history too. A job
     * that ran reschedules itself for the batch window (none is configured), so each round asks for a new one.
     */
    private void runHistoryCleanup(String[] instances, int daysLater) {
        ClockUtil.setCurrentTime(Date.from(NOW.plus(daysLater, ChronoUnit.DAYS)));
        for (int run = 0; run < 400 && historyLeft(instances) > 0; run++) {
            Job cleanup = history.cleanUpHistoryAsync(true);
            management.executeJob(cleanup.getId());
            history.findHistoryCleanupJobs().forEach(job -> management.deleteJob(job.getId()));
        }
        ClockUtil.setCurrentTime(Date.from(NOW));
        assertThat(historyLeft(instances)).as("history of the dispute's process instances left").isZero();
    }

    /** Process instances, activities, variables and variable updates of these process instances still in history. */
    private long historyLeft(String[] instances) {
        long left = 0;
        for (String instance : instances) {
            left += history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()
                    + history.createHistoricActivityInstanceQuery().processInstanceId(instance).count()
                    + history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()
                    + history.createHistoricDetailQuery().processInstanceId(instance).count();
        }
        return left;
    }

}
