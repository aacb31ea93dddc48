package io.disputeflow.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.support.PostgresSpringTest;
import io.disputeflow.support.TestDisputes;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction reads a dispute record once and keeps the row its own writes return; a lock, the end of the
 * transaction and a transaction of its own inside it each get the row from the database again.
 */
@PostgresSpringTest
class RecordsReadInTransactionPostgresTest {

    @Autowired
    DisputeRecords records;
    @Autowired
    DisputeCase disputeCase;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void insideATransactionTheRecordIsReadOnce_andAWriteKeepsTheRowAsTheWriteReturnedIt() {
        String disputeId = open("D-READ-1");

        inTransaction(() -> {
            DisputeRecord first = records.get(disputeId);
            assertThat(records.get(disputeId)).isSameAs(first);

            disputeCase.recordCategory(disputeId, "QUALITY");
            // not read again after the write: a change behind the records' back stays unseen until a lock reads the row
            jdbc.update("UPDATE dispute SET description = 'changed behind the records' WHERE id = ?", disputeId);

            DisputeRecord afterWrite = records.get(disputeId);
            assertThat(afterWrite).isNotSameAs(first);
            assertThat(afterWrite.category()).isEqualTo("QUALITY");
            assertThat(afterWrite.description()).isEqualTo(first.description());
            assertThat(records.get(disputeId)).isSameAs(afterWrite);
            DisputeRecord locked = records.lock(disputeId);
            assertThat(locked.description()).isEqualTo("changed behind the records");
            assertThat(locked).usingRecursiveComparison().ignoringFields("description").isEqualTo(afterWrite);
        });
    }

    @Test
    void outsideATransactionEveryReadGoesToTheDatabase() {
        String disputeId = open("D-READ-2");

        assertThat(records.get(disputeId)).isNotSameAs(records.get(disputeId)).isEqualTo(records.get(disputeId));
    }

    @Test
    void aLockReadsTheRowAgain_andSeesWhatAnotherTransactionCommittedMeanwhile() {
        String disputeId = open("D-READ-3");

        inTransaction(() -> {
            assertThat(records.get(disputeId).category()).isNotEqualTo("DAMAGED");
            CompletableFuture.runAsync(() -> inTransaction(() -> disputeCase.recordCategory(disputeId, "DAMAGED")))
                    .join();

            DisputeRecord locked = records.lock(disputeId);

            assertThat(locked.category()).isEqualTo("DAMAGED");
            assertThat(records.get(disputeId)).isSameAs(locked);
        });
    }

    @Test
    void aLockThroughTheDisputesProcessKeepsTheRowItLocked() {
        String disputeId = open("D-READ-6");
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId).singleResult()
                .getId();
        String byProcess = "SELECT business_key_ FROM act_ru_execution WHERE id_ = ?";

        inTransaction(() -> {
            DisputeRecord locked = records.lockIdentifiedBy(byProcess, instance).orElseThrow();
            assertThat(locked.id()).isEqualTo(disputeId);
            assertThat(records.get(disputeId)).isSameAs(locked);
        });
        inTransaction(() -> assertThat(records.lockIdentifiedBy(byProcess, "no-such-instance")).isEmpty());
    }

    @Test
    void theNextTransactionSeesWhatAnotherCommitted() {
        String disputeId = open("D-READ-4");
        inTransaction(() -> records.get(disputeId));

        CompletableFuture.runAsync(() -> inTransaction(() -> disputeCase.recordCategory(disputeId, "MISSING_PARTS")))
                .join();

        inTransaction(() -> assertThat(records.get(disputeId).category()).isEqualTo("MISSING_PARTS"));
    }

    @Test
    void aTransactionOfItsOwnInsideReadsForItself_andTheOuterKeepsWhatItRead() {
        String disputeId = open("D-READ-5");
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        inTransaction(() -> {
            DisputeRecord outer = records.get(disputeId);
            own.executeWithoutResult(status -> assertThat(records.get(disputeId)).isNotSameAs(outer));
            assertThat(records.get(disputeId)).isSameAs(outer);
        });
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private String open(String disputeId) {
        return new TestDisputes(records, runtime, tasks, management).open(disputeId, "store-aurora-gadgets",
                "DEFECTIVE", "20.00", Instant.parse("2026-11-02T09:00:00Z"));
    }
}
