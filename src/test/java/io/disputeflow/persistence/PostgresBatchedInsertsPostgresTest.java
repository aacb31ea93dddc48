package io.disputeflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.support.PostgresSpringTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's connections send a batch of INSERTs as multi-row INSERTs, and Camunda's flush accepts that. */
@PostgresSpringTest
class PostgresBatchedInsertsPostgresTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    @Test
    void aBatchOfInsertsIsSentAsOneRewrittenStatement() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE TEMPORARY TABLE batched_insert_probe (n int) ON COMMIT DROP");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO batched_insert_probe VALUES (?)")) {
                for (int n = 0; n < 4; n++) {
                    insert.setInt(1, n);
                    insert.addBatch();
                }
                // the driver reports "no count" for rows it folded into one multi-row INSERT
                assertThat(insert.executeBatch()).containsOnly(Statement.SUCCESS_NO_INFO);
            }
            connection.rollback();
        }
    }

    @Test
    void camundaFlushesTwelveVariablesWithTheirHistoryInRewrittenBatches() {
        repository.createDeployment().name("batched-inserts-probe")
                .addModelInstance("batched-inserts-probe.bpmn", Bpmn.createExecutableProcess("batchedInsertsProbe")
                        .camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done())
                .deploy();
        Map<String, Object> variables = new HashMap<>();
        for (int n = 0; n < 12; n++) {
            variables.put("probe" + n, "value " + n);
        }

        ProcessInstance probe = runtime.startProcessInstanceByKey("batchedInsertsProbe", variables);

        assertThat(runtime.getVariables(probe.getId())).isEqualTo(variables);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(probe.getId()).count()).isEqualTo(12);
        runtime.deleteProcessInstance(probe.getId(), "probe done");
    }
}
