package io.disputeflow.storefront;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committed events in cursor order. Cursors are given by one sequencer at a time, after the events committed:
 * a reader that saw cursor n has seen every event up to n, also when transactions commit in another order than they
 * started.
 */
@Repository
public class EventFeed {

    /**
     * Gives the oldest events without a cursor (at most the limit, second parameter) the cursors after the last one
     * (first parameter), in the order of their ids, with one statement (MERGE: PostgreSQL 15 and H2 alike).
     */
    private static final String NUMBER_NEXT_EVENTS = """
            MERGE INTO storefront_event e
            USING (SELECT id, CAST(? AS BIGINT) + ROW_NUMBER() OVER (ORDER BY id) AS next_cursor
                   FROM (SELECT id FROM storefront_event WHERE event_cursor IS NULL ORDER BY id LIMIT ?) oldest) n
            ON e.id = n.id
            WHEN MATCHED THEN UPDATE SET event_cursor = n.next_cursor""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public EventFeed(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Gives the committed events without a cursor the next cursors, in the order they were written; the sequencer's
     * row lock makes two nodes take turns (the one that finds it locked leaves the work to the other). Returns how
     * many events got a cursor.
     */
    @Transactional
    public int sequence(int limit) {
        List<Long> locked = jdbc.queryForList(
                "SELECT last_cursor FROM storefront_event_sequencer WHERE id = 1 FOR UPDATE SKIP LOCKED", Long.class);
        if (locked.isEmpty()) {
            // another node numbers the events right now; what it numbers is visible once it commits
            return 0;
        }
        long last = locked.get(0) == null ? 0 : locked.get(0);
        int numbered = jdbc.update(NUMBER_NEXT_EVENTS, last, limit);
        if (numbered > 0) {
            jdbc.update("UPDATE storefront_event_sequencer SET last_cursor = ? WHERE id = 1", last + numbered);
        }
        return numbered;
    }

    /** The highest cursor given so far (0: none). */
    public long lastCursor() {
        Long last = jdbc.queryForObject("SELECT last_cursor FROM storefront_event_sequencer WHERE id = 1", Long.class);
        return last == null ? 0 : last;
    }

    /**
     * Up to {@code limit} events after {@code cursor}, oldest first: of the given stores ({@code null}: every store),
     * and of one dispute if {@code disputeId} is given.
     */
    public List<StorefrontEvent> after(long cursor, int limit, Collection<String> storeIds, String disputeId) {
        if (storeIds != null && storeIds.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM storefront_event WHERE event_cursor > ?");
        List<Object> arguments = new ArrayList<>(List.of(cursor));
        if (storeIds != null) {
            sql.append(" AND store_id IN (").append(String.join(", ", Collections.nCopies(storeIds.size(), "?")))
                    .append(')');
            arguments.addAll(storeIds);
        }
        if (disputeId != null) {
            sql.append(" AND dispute_id = ?");
            arguments.add(disputeId);
        }
        sql.append(" ORDER BY event_cursor LIMIT ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), this::map, arguments.toArray());
    }

    /** The lowest cursor after {@code cursor} that an event still has, or null when there is none. */
    public Long firstCursorAfter(long cursor) {
        return jdbc.queryForObject("SELECT MIN(event_cursor) FROM storefront_event WHERE event_cursor > ?", Long.class,
                cursor);
    }

    /** The event with this outbox row id (deliveries point to it). */
    public StorefrontEvent byRowId(long id) {
        return jdbc.queryForObject("SELECT * FROM storefront_event WHERE id = ?", this::map, id);
    }

    /** Row ids, cursors and stores of the events after {@code cursor}, for the fan-out to endpoints. */
    record Fanned(long rowId, long cursor, String disputeId, String storeId, int sequence) {
    }

    List<Fanned> toFanOut(long cursor, int limit) {
        return jdbc.query("""
                SELECT id, event_cursor, dispute_id, store_id, sequence FROM storefront_event
                WHERE event_cursor > ? ORDER BY event_cursor LIMIT ?""",
                (rs, row) -> new Fanned(rs.getLong("id"), rs.getLong("event_cursor"), rs.getString("dispute_id"),
                        rs.getString("store_id"), rs.getInt("sequence")), cursor, limit);
    }

    private StorefrontEvent map(ResultSet rs, int row) throws SQLException {
        try {
            return new StorefrontEvent(rs.getString("event_id"), rs.getString("type"), rs.getLong("event_cursor"),
                    rs.getString("dispute_id"), rs.getString("store_id"), rs.getInt("sequence"),
                    rs.getTimestamp("occurred_at").toInstant(), json.readTree(rs.getString("data")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable data of event " + rs.getString("event_id"), e);
        }
    }
}
