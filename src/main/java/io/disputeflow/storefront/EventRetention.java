package io.disputeflow.storefront;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes events older than {@code disputeflow.events.retention} (30 days, like Stripe's) with their delivered or
 * given-up deliveries, in batches of one transaction each. An event is kept while any endpoint still waits to
 * receive it (a pending delivery, or not yet fanned out to every endpoint), however old. The highest cursor deleted
 * is remembered, so that the feed can tell a storefront whose cursor is older that it missed events that are gone.
 * Safe on several nodes: each batch locks the events it deletes with {@code FOR UPDATE SKIP LOCKED}.
 */
@Component
public class EventRetention {

    /** Batches per round: a long backlog is worked off over several rounds rather than in one long one. */
    private static final int MAX_BATCHES_PER_ROUND = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventProperties properties;

    public EventRetention(JdbcTemplate jdbc, PlatformTransactionManager transactions, EventProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    /** Deletes what expired before {@code now} minus the retention; returns how many events were deleted. */
    public int deleteExpired(Instant now) {
        Timestamp before = Timestamp.from(now.minus(properties.retention()));
        int deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
            Integer events = transaction.execute(status -> deleteBatch(before, now));
            deleted += events == null ? 0 : events;
            if (events == null || events < properties.batchSize()) {
                break;
            }
        }
        // a reminder marker only stops a deadline in the future from being reminded twice
        jdbc.update("DELETE FROM storefront_reminder WHERE due_at < ?", before);
        return deleted;
    }

    /** The highest cursor of a deleted event (0: none deleted yet). */
    public long deletedThrough() {
        Long through = jdbc.queryForObject("SELECT deleted_through FROM storefront_event_retention WHERE id = 1",
                Long.class);
        return through == null ? 0 : through;
    }

    private int deleteBatch(Timestamp before, Instant now) {
        List<long[]> events = jdbc.query("""
                SELECT e.id, e.event_cursor FROM storefront_event e
                WHERE e.occurred_at < ? AND e.event_cursor IS NOT NULL
                  AND e.event_cursor <= (SELECT COALESCE(MIN(fanned_out_cursor), e.event_cursor) FROM webhook_endpoint)
                  AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id AND d.state = 'PENDING')
                ORDER BY e.event_cursor LIMIT ?
                FOR UPDATE SKIP LOCKED""", (rs, row) -> new long[] {rs.getLong("id"), rs.getLong("event_cursor")},
                before, properties.batchSize());
        if (events.isEmpty()) {
            return 0;
        }
        String in = String.join(", ", Collections.nCopies(events.size(), "?"));
        Object[] ids = events.stream().map(event -> event[0]).toArray();
        jdbc.update("DELETE FROM webhook_delivery WHERE event_id IN (" + in + ")", ids);
        int deleted = jdbc.update("DELETE FROM storefront_event WHERE id IN (" + in + ")", ids);
        jdbc.update("""
                UPDATE storefront_event_retention SET deleted_through = GREATEST(deleted_through, ?), last_deleted_at = ?
                WHERE id = 1""", events.stream().mapToLong(event -> event[1]).max().orElseThrow(), Timestamp.from(now));
        return deleted;
    }
}
