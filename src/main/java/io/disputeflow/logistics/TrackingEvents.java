package io.disputeflow.logistics;

import io.disputeflow.persistence.InsertOnce;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Tracking events per carrier and tracking number; delivering the same event again stores nothing. */
@Repository
public class TrackingEvents {

    private final JdbcTemplate jdbc;
    private final InsertOnce insertOnce;
    private final Clock clock;

    public TrackingEvents(JdbcTemplate jdbc, InsertOnce insertOnce, Clock clock) {
        this.jdbc = jdbc;
        this.insertOnce = insertOnce;
        this.clock = clock;
    }

    /** @return how many of the events were new */
    @Transactional
    public int record(String carrier, String trackingNumber, List<TrackingEvent> events) {
        Timestamp received = Timestamp.from(clock.instant());
        int added = 0;
        for (TrackingEvent event : events) {
            boolean isNew = insertOnce.insert("""
                    INSERT INTO tracking_event (carrier, tracking_number, occurred_at, status, location, description,
                        received_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    carrier, trackingNumber, Timestamp.from(event.occurredAt()), event.status(), event.location(),
                    event.description(), received);
            added += isNew ? 1 : 0;
        }
        return added;
    }

    public List<TrackingEvent> history(String carrier, String trackingNumber) {
        return jdbc.query("""
                SELECT occurred_at, status, location, description FROM tracking_event
                WHERE carrier = ? AND tracking_number = ? ORDER BY occurred_at, id""",
                (rs, row) -> new TrackingEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("status"),
                        rs.getString("location"), rs.getString("description")),
                carrier, trackingNumber);
    }
}
