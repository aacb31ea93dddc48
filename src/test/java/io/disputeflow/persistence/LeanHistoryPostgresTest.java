package io.disputeflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.support.PostgresSpringTest;
import io.disputeflow.support.TestDisputes;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History level full, leaner ({@link LeanHistoryWriter}): variable changes made on behalf of a person keep their
 * detail row, the process's own steps keep their variables' history without one; gateways that only route leave no
 * activity row, everything else does.
 */
@PostgresSpringTest
class LeanHistoryPostgresTest {

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
    @Autowired
    IdentityService identity;

    @AfterEach
    void reset() {
        identity.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void theProcessesOwnStepsKeepTheirVariablesHistory_aSupervisorsChangeAlsoItsDetail() {
        String disputeId = new TestDisputes(records, runtime, tasks, management).open("D-DETAIL-1",
                "store-aurora-gadgets", "DEFECTIVE", "20.00", Instant.parse("2026-11-02T09:00:00Z"));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId).singleResult()
                .getId();

        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .extracting(HistoricVariableInstance::getName)
                .as("set by the start and by the classification step").contains("reason", "category");
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();

        identity.setAuthentication("sofia", List.of("camunda-admin"));
        runtime.setVariable(instance, "category", "QUALITY");
        identity.clearAuthentication();

        List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceId(instance).list();
        assertThat(details).singleElement().satisfies(detail -> {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            assertThat(update.getVariableName()).isEqualTo("category");
            assertThat(update.getValue()).isEqualTo("QUALITY");
            assertThat(history.createUserOperationLogQuery().operationId(update.getUserOperationId()).list())
                    .extracting(UserOperationLogEntry::getUserId).containsOnly("sofia");
        });
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("category")
                .singleResult().getValue()).isEqualTo("QUALITY");
    }

    @Test
    void aDisputesActivityHistoryHasItsStepsButNotTheGatewaysThatOnlyRoute() {
        String disputeId = new TestDisputes(records, runtime, tasks, management).open("D-LEAN-2",
                "store-aurora-gadgets", "DEFECTIVE", "20.00", Instant.parse("2026-11-02T09:00:00Z"));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId).singleResult()
                .getId();

        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
                .extracting(HistoricActivityInstance::getActivityId)
                .contains("StartEvent_RefundRequested", "SubProcess_Negotiation", "Task_ClassifyDispute",
                        "Task_CollectEvidence", "Task_RespondToDispute")
                .as("the exclusive gateway between collecting evidence and the seller's task")
                .doesNotContain("Gateway_JoinRespondToDispute");
    }

    @Test
    void leanFalseWritesEverythingAsCamundaDoes() {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        new LeanHistoryPlugin(false).preInit(configuration);
        assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isTrue();
        assertThat(configuration.getCustomHistoryEventHandlers()).isNullOrEmpty();

        new LeanHistoryPlugin(true).preInit(configuration);
        assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isFalse();
        assertThat(configuration.getCustomHistoryEventHandlers()).singleElement().isInstanceOf(LeanHistoryWriter.class);
    }
}
