package io.disputeflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.support.PostgresSpringTest;
import io.disputeflow.support.TestDisputes;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's engine writes its job log with {@link ProcessJobLogProducer}, removal times as before. */
@PostgresSpringTest
class ProcessJobLogPluginPostgresTest {

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

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aDisputesJobLogKeepsTheRemovalTimeOfItsProcessInstance() {
        assertThat(engine.getHistoryEventProducer()).isInstanceOf(ProcessJobLogProducer.class);

        String disputeId = new TestDisputes(records, runtime, tasks, management).open("D-JOBLOG-1",
                "store-aurora-gadgets", "DEFECTIVE", "20.00", Instant.parse("2026-11-02T09:00:00Z"));

        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(disputeId).singleResult();
        List<HistoricJobLog> log = history.createHistoricJobLogQuery().processInstanceId(instance.getId()).list();
        assertThat(instance.getRemovalTime()).isNotNull();
        assertThat(log).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.getRemovalTime()).isEqualTo(instance.getRemovalTime());
            assertThat(entry.getJobDefinitionType()).isNotNull();
        });
    }
}
