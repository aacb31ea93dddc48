package io.disputeflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.ProcessModel;
import io.disputeflow.support.PostgresSpringTest;
import io.disputeflow.support.TestDisputes;
import java.time.Instant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's classification goes through the literal cache, and every evaluation is still in the history. */
@PostgresSpringTest
class LiteralFeelCachePostgresTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    DisputeRecords records;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    @Test
    void twoDisputesWithTheSameReason_eachHasItsClassificationInTheHistory() {
        assertThat(engine.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(LiteralFeelCache.class);
        TestDisputes disputes = new TestDisputes(records, runtime, tasks, management);
        Instant now = Instant.parse("2026-11-02T09:00:00Z");

        String first = disputes.open("D-FEEL-1", "store-x", "LOST", "40.00", now);
        String second = disputes.open("D-FEEL-2", "store-x", "LOST", "40.00", now);

        for (String dispute : new String[] {first, second}) {
            HistoricDecisionInstance decision = history.createHistoricDecisionInstanceQuery()
                    .decisionDefinitionKey(ProcessModel.Definitions.DISPUTE_CLASSIFICATION)
                    .processInstanceId(runtime.createProcessInstanceQuery().processInstanceBusinessKey(dispute)
                            .singleResult().getId())
                    .includeInputs().includeOutputs().singleResult();
            assertThat(decision.getInputs()).extracting(input -> input.getValue()).containsExactly("LOST");
            assertThat(decision.getOutputs()).extracting(HistoricDecisionOutputInstance::getVariableName,
                    HistoricDecisionOutputInstance::getValue)
                    .contains(tuple("category", "logistics"),
                            tuple("returnFreightPayer", "NEGOTIATED"));
        }
    }
}
