package io.disputeflow.dispute;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The dispute record and its timeline in DisputeFlow's own tables. */
@Repository
public class DisputeRecords {

    private static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DisputeRecords(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void changeStatus(String disputeId, DisputeStatus status, String why) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE dispute SET status = ?, closed_at = ?, version = version + 1 WHERE id = ?",
                status.name(), status.isClosed() ? now : null, disputeId);
        if (updated == 0) {
            throw new UnknownDisputeException(disputeId);
        }
        appendTimeline(disputeId, SYSTEM, "STATUS_" + status.name(), why);
    }

    @Transactional
    public void appendTimeline(String disputeId, String actor, String action, String detail) {
        jdbc.update("INSERT INTO dispute_timeline (dispute_id, occurred_at, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
                disputeId, Timestamp.from(clock.instant()), actor, action, detail);
    }
}
