package io.disputeflow.migration;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who asked to move which process instance to which version: Camunda's batch jobs run later, on any node and without
 * the requester's identity, so the move's timeline entry finds its author here.
 */
@Repository
class PendingMigrations {

    record Pending(long id, String sourceDefinitionId, String requestedBy, String requestedByName) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PendingMigrations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String processInstanceId, String disputeId, String sourceDefinitionId, String targetDefinitionId,
                String batchId, String requestedBy, String requestedByName) {
        jdbc.update("INSERT INTO process_migration (process_instance_id, dispute_id, source_definition_id,"
                        + " target_definition_id, batch_id, requested_by, requested_by_name, requested_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", processInstanceId, disputeId, sourceDefinitionId,
                targetDefinitionId, batchId, requestedBy, requestedByName, Timestamp.from(clock.instant()));
    }

    /** The latest request to move this instance to this definition not yet carried out, marked as carried out now. */
    Optional<Pending> claim(String processInstanceId, String targetDefinitionId) {
        Optional<Pending> pending = jdbc.query("SELECT id, source_definition_id, requested_by, requested_by_name"
                        + " FROM process_migration WHERE process_instance_id = ? AND target_definition_id = ?"
                        + " AND migrated_at IS NULL ORDER BY id DESC",
                (row, number) -> new Pending(row.getLong("id"), row.getString("source_definition_id"),
                        row.getString("requested_by"), row.getString("requested_by_name")),
                processInstanceId, targetDefinitionId).stream().findFirst();
        pending.ifPresent(found -> jdbc.update("UPDATE process_migration SET migrated_at = ? WHERE id = ?",
                Timestamp.from(clock.instant()), found.id()));
        return pending;
    }
}
