package io.disputeflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * Variable changes made on behalf of a person keep their detail row in history; the process's own steps keep their
 * variables' history without one.
 */
@PostgresSpringTest
class PeoplesVariableDetailsPostgresTest {

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
    void allWritesEveryDetailAsCamundaDoes_andAnythingElseIsRefused() {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        new VariableDetailsPlugin(VariableDetailsPlugin.ALL).preInit(configuration);
        assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isTrue();
        assertThat(configuration.getCustomHistoryEventHandlers()).isNullOrEmpty();

        assertThatThrownBy(() -> new VariableDetailsPlugin("none"))
                .hasMessageContaining("disputeflow.history.variable-details").hasMessageContaining("people");
    }
}
