package io.disputeflow.process;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The two reads that guard a task's completion, as single statements on the engine's tables: lock the dispute a
 * task's process belongs to (the row lock a buyer action takes), then see whether the task still exists once the lock
 * is held. Used before a REST completion ({@link TaskCompletionLockFilter}, after Camunda's authorized task query) and
 * by the completion listener of every other completion ({@link TaskCompletionGuard}).
 */
@Component
class TaskDisputeLock {

    private final JdbcTemplate jdbc;

    TaskDisputeLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the dispute whose id is the business key of {@code processInstanceId}; empty when there is none. */
    Optional<String> lockDisputeOf(String processInstanceId) {
        return jdbc.queryForList("""
                SELECT id FROM dispute WHERE id = (SELECT business_key_ FROM act_ru_execution WHERE id_ = ?)
                FOR UPDATE""", String.class, processInstanceId).stream().findFirst();
    }

    /** Whether the task is still open: read after the lock, so it sees what a buyer action committed meanwhile. */
    boolean stillOpen(String taskId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM act_ru_task WHERE id_ = ?)",
                Boolean.class, taskId));
    }
}
