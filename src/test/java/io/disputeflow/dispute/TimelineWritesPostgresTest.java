package io.disputeflow.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.support.PostgresSpringTest;
import io.disputeflow.support.TestDisputes;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timeline entries of a transaction are written together when it commits, in the order appended; the
 * transaction reads its own entries; a rolled back transaction leaves none.
 */
@PostgresSpringTest
class TimelineWritesPostgresTest {

    @Autowired
    DisputeRecords records;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    @Test
    void entriesOfOneTransactionAreWrittenTogetherAtItsCommit_inTheirOrder() {
        String disputeId = open("D-TIMELINE-1");
        int before = rows(disputeId);

        inTransaction(() -> {
            records.appendTimeline(disputeId, "agent-a", "FIRST", "one");
            records.appendTimeline(disputeId, "agent-a", "SECOND", "two");
            records.appendTimeline(disputeId, "system", "THIRD", "three");
            assertThat(rows(disputeId)).as("not written yet").isEqualTo(before);
        });

        assertThat(rows(disputeId)).isEqualTo(before + 3);
        assertThat(records.timelineActions(disputeId)).endsWith("FIRST", "SECOND", "THIRD");
    }

    @Test
    void theTransactionReadsItsOwnEntries_andLaterOnesAreWrittenAtCommit() {
        String disputeId = open("D-TIMELINE-2");

        inTransaction(() -> {
            records.appendTimeline(disputeId, "agent-a", "FIRST", "one");
            assertThat(records.timeline(disputeId)).last().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("FIRST");
                assertThat(entry.actor()).isEqualTo("agent-a");
                assertThat(entry.detail()).isEqualTo("one");
            });
            records.appendTimeline(disputeId, "agent-a", "SECOND", "two");
        });

        assertThat(records.timelineActions(disputeId)).endsWith("FIRST", "SECOND");
    }

    @Test
    void aRolledBackTransactionLeavesNoEntry() {
        String disputeId = open("D-TIMELINE-3");
        int before = rows(disputeId);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            records.appendTimeline(disputeId, "agent-a", "UNDONE", "rolled back");
            status.setRollbackOnly();
        });

        assertThat(rows(disputeId)).isEqualTo(before);
        assertThat(records.timelineActions(disputeId)).doesNotContain("UNDONE");
    }

    @Test
    void outsideATransactionAnEntryIsWrittenAtOnce() {
        String disputeId = open("D-TIMELINE-4");
        int before = rows(disputeId);

        records.appendTimeline(disputeId, "agent-a", "AT_ONCE", "no transaction");

        assertThat(rows(disputeId)).isEqualTo(before + 1);
    }

    private int rows(String disputeId) {
        return jdbc.queryForObject("SELECT count(*) FROM dispute_timeline WHERE dispute_id = ?", Integer.class,
                disputeId);
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private String open(String disputeId) {
        return new TestDisputes(records, runtime, tasks, management).open(disputeId, "store-aurora-gadgets",
                "DEFECTIVE", "20.00", Instant.parse("2026-11-02T09:00:00Z"));
    }
}
