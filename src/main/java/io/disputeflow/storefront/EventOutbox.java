package io.disputeflow.storefront;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.dispute.Deadline;
import io.disputeflow.persistence.DatabaseProduct;
import io.disputeflow.persistence.TransactionBound;
import io.disputeflow.process.DisputeProcesses;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes events in the transaction of the change they report, so an event exists iff its change committed.
 * <p>
 * The dispute's sequence number is taken at once (it updates the dispute's row, which the change has usually locked
 * already, so locks are taken in the usual order). The row itself is inserted just before the commit: an event that
 * quotes a deadline reads it from the dispute's timers then, when the engine has written the timers this very
 * transaction created (e.g. the return's 10 days, R13, start with the return).
 */
@Repository
public class EventOutbox {

    /** Takes the dispute's next sequence number and reads its store in one statement (PostgreSQL). */
    private static final String NEXT_SEQUENCE = "UPDATE dispute SET event_sequence = event_sequence + 1 WHERE id = ? "
            + "RETURNING store_id, event_sequence";
    /** The same for H2 (the demo database), which has no RETURNING but reads the rows an update wrote. */
    private static final String NEXT_SEQUENCE_H2 = "SELECT store_id, event_sequence FROM FINAL TABLE "
            + "(UPDATE dispute SET event_sequence = event_sequence + 1 WHERE id = ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper json;
    private final DisputeProcesses processes;
    private final String nextSequence;

    public EventOutbox(JdbcTemplate jdbc, Clock clock, ObjectMapper json, DisputeProcesses processes,
                       DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.processes = processes;
        this.nextSequence = DatabaseProduct.isPostgres(dataSource) ? NEXT_SEQUENCE : NEXT_SEQUENCE_H2;
    }

    /** An event about to be written; {@code deadlineRules}: quote the dispute's earliest open deadline of these. */
    private record Pending(String eventId, StorefrontEventType type, String disputeId, String storeId, int sequence,
                           Instant occurredAt, Map<String, Object> data, Set<String> deadlineRules) {
    }

    public void append(String disputeId, StorefrontEventType type, Map<String, Object> data) {
        append(disputeId, type, data, Set.of());
    }

    /**
     * Writes the event with the earliest open deadline of the dispute among {@code deadlineRules} (e.g. R13) as
     * {@code data.deadline}.
     */
    public void append(String disputeId, StorefrontEventType type, Map<String, Object> data,
                       Set<String> deadlineRules) {
        List<Map<String, Object>> rows = jdbc.queryForList(nextSequence, disputeId);
        if (rows.isEmpty()) {
            throw new IllegalStateException("No dispute " + disputeId + " to write event " + type.wireName() + " for");
        }
        Map<String, Object> row = rows.get(0);
        Pending event = new Pending(UUID.randomUUID().toString(), type, disputeId, (String) row.get("store_id"),
                ((Number) row.get("event_sequence")).intValue(), clock.instant(), new LinkedHashMap<>(data),
                deadlineRules);
        PendingEvents pending = TransactionBound.current(PendingEvents.class, () -> new PendingEvents(this));
        if (pending == null) {
            insert(event);
        } else {
            pending.events.add(event);
        }
    }

    /** The events of the current transaction, inserted just before it commits. */
    private static final class PendingEvents extends TransactionBound {

        private final List<Pending> events = new ArrayList<>();
        private final EventOutbox outbox;

        private PendingEvents(EventOutbox outbox) {
            this.outbox = outbox;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            events.forEach(outbox::insert);
        }
    }

    private void insert(Pending event) {
        Map<String, Object> data = event.data();
        if (!event.deadlineRules().isEmpty()) {
            data.put("deadline", processes.openDeadlines(event.disputeId()).stream()
                    .filter(deadline -> event.deadlineRules().contains(deadline.rule()))
                    .min(Comparator.comparing(Deadline::dueAt)).map(EventData::deadline).orElse(null));
        }
        jdbc.update("""
                INSERT INTO storefront_event (event_id, type, dispute_id, store_id, sequence, occurred_at, data)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", event.eventId(), event.type().wireName(), event.disputeId(),
                event.storeId(), event.sequence(), Timestamp.from(event.occurredAt()), write(data));
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data is not serialisable: " + data, e);
        }
    }
}
