package io.disputeflow.process;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reads that guard a task's completion, as single statements on the engine's tables: lock the dispute a task's
 * process belongs to (the row lock a buyer action takes), see whether the task still exists once the lock is held, and
 * read its deadline timers ({@link TaskDeadlines}). Used before a REST completion ({@link TaskCompletionLockFilter})
 * and by the completion listener of every other completion ({@link TaskCompletionGuard}).
 */
@Component
class TaskDisputeLock {

    private final JdbcTemplate jdbc;
    private final DisputeRecords records;

    TaskDisputeLock(JdbcTemplate jdbc, DisputeRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    /**
     * Locks the dispute whose id is the business key of {@code processInstanceId} (the transaction keeps its row);
     * empty when there is none.
     */
    Optional<String> lockDisputeOf(String processInstanceId) {
        return records.lockIdentifiedBy("SELECT business_key_ FROM act_ru_execution WHERE id_ = ?", processInstanceId)
                .map(DisputeRecord::id);
    }

    /**
     * Locks the dispute whose process the task {@code taskId} belongs to (the transaction keeps its row); empty when
     * the task is gone or not a dispute's. What is read about the task after this sees what a buyer action committed
     * while it waited.
     */
    Optional<String> lockDisputeOfTask(String taskId) {
        return records.lockIdentifiedBy("""
                SELECT e.business_key_ FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                WHERE t.id_ = ?""", taskId).map(DisputeRecord::id);
    }

    /** Whether the task is still open: read after the lock, so it sees what a buyer action committed meanwhile. */
    boolean stillOpen(String taskId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM act_ru_task WHERE id_ = ?)",
                Boolean.class, taskId));
    }

    /** A timer job of a process instance: the boundary event it belongs to and when it falls due. */
    record Timer(String activityId, Instant dueAt) {
    }

    /**
     * The timer jobs of {@code processInstanceId} at these boundary events. One statement instead of Camunda's job
     * query, whose authorization check is built anew for every call (the user's right to the task is already checked).
     */
    List<Timer> timersAt(String processInstanceId, List<String> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT d.act_id_, j.duedate_ FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_
                WHERE j.process_instance_id_ = ? AND j.type_ = 'timer' AND d.act_id_ IN (%s)"""
                        .formatted(String.join(", ", Collections.nCopies(activityIds.size(), "?"))),
                (rs, row) -> new Timer(rs.getString(1), rs.getTimestamp(2).toInstant()),
                Stream.concat(Stream.of(processInstanceId), activityIds.stream()).toArray());
    }
}
