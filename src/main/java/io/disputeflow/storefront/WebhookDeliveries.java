package io.disputeflow.storefront;

import io.disputeflow.storefront.EventFeed.Fanned;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each event's delivery to each endpoint that receives it. Only the head of a dispute's queue at an endpoint is
 * ever due, so a dispute's events arrive in their order: event n+1 waits until n was delivered (or given up).
 * Claims lock with {@code FOR UPDATE SKIP LOCKED} and lease the claimed rows, so two nodes never send the same
 * delivery at once and the HTTP call runs outside any transaction.
 */
@Repository
public class WebhookDeliveries {

    public enum State { PENDING, DELIVERED, FAILED }

    /** A delivery claimed for sending. */
    record Claimed(String endpointId, long eventRowId, int attempts, Instant firstAttemptAt) {
    }

    private final JdbcTemplate jdbc;
    private final EventFeed feed;
    private final WebhookEndpoints endpoints;

    public WebhookDeliveries(JdbcTemplate jdbc, EventFeed feed, WebhookEndpoints endpoints) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.endpoints = endpoints;
    }

    /** Adds a delivery for each endpoint and each event with a cursor it has not seen yet; returns how many. */
    @Transactional
    public int fanOut(Instant now, int limit) {
        int added = 0;
        for (Map.Entry<WebhookEndpoint, Long> locked : endpoints.lockForFanOut().entrySet()) {
            WebhookEndpoint endpoint = locked.getKey();
            List<Fanned> events = feed.toFanOut(locked.getValue(), limit);
            for (Fanned event : events) {
                if (endpoint.receivesEventsOf(event.storeId())) {
                    jdbc.update("""
                            INSERT INTO webhook_delivery (endpoint_id, event_id, dispute_id, sequence, event_cursor,
                                state, attempts, created_at, next_attempt_at)
                            VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""", endpoint.id(), event.rowId(),
                            event.disputeId(), event.sequence(), event.cursor(), Timestamp.from(now),
                            Timestamp.from(now));
                    added++;
                }
            }
            if (!events.isEmpty()) {
                endpoints.fannedOutTo(endpoint.id(), events.get(events.size() - 1).cursor());
            }
        }
        return added;
    }

    /** Claims up to {@code limit} due deliveries, each the oldest pending one of its dispute at its endpoint. */
    @Transactional
    public List<Claimed> claim(Instant now, Duration lease, int limit) {
        Timestamp at = Timestamp.from(now);
        List<Claimed> claimed = jdbc.query("""
                SELECT d.endpoint_id, d.event_id, d.attempts, d.first_attempt_at FROM webhook_delivery d
                WHERE d.state = 'PENDING' AND d.next_attempt_at <= ? AND (d.leased_until IS NULL OR d.leased_until <= ?)
                  AND NOT EXISTS (SELECT 1 FROM webhook_delivery earlier WHERE earlier.endpoint_id = d.endpoint_id
                      AND earlier.dispute_id = d.dispute_id AND earlier.state = 'PENDING'
                      AND earlier.sequence < d.sequence)
                ORDER BY d.next_attempt_at, d.event_cursor LIMIT ?
                FOR UPDATE SKIP LOCKED""",
                (rs, row) -> new Claimed(rs.getString("endpoint_id"), rs.getLong("event_id"), rs.getInt("attempts"),
                        instant(rs.getTimestamp("first_attempt_at"))), at, at, limit);
        Timestamp leasedUntil = Timestamp.from(now.plus(lease));
        List<Object[]> leases = new ArrayList<>();
        claimed.forEach(delivery -> leases.add(new Object[] {leasedUntil, at, delivery.endpointId(),
                delivery.eventRowId()}));
        jdbc.batchUpdate("""
                UPDATE webhook_delivery SET leased_until = ?, first_attempt_at = COALESCE(first_attempt_at, ?)
                WHERE endpoint_id = ? AND event_id = ?""", leases);
        return claimed;
    }

    void delivered(Claimed delivery, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                UPDATE webhook_delivery SET state = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?,
                    delivered_at = ?, leased_until = NULL
                WHERE endpoint_id = ? AND event_id = ?""", at, at, delivery.endpointId(), delivery.eventRowId());
    }

    /** A failed attempt: retried at {@code nextAttemptAt}, or given up (FAILED) when that is null. */
    void attemptFailed(Claimed delivery, Instant now, String error, Instant nextAttemptAt) {
        String shortError = error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        if (nextAttemptAt == null) {
            jdbc.update("""
                    UPDATE webhook_delivery SET state = 'FAILED', attempts = attempts + 1, last_attempt_at = ?,
                        last_error = ?, failed_at = ?, leased_until = NULL
                    WHERE endpoint_id = ? AND event_id = ?""", Timestamp.from(now), shortError, Timestamp.from(now),
                    delivery.endpointId(), delivery.eventRowId());
        } else {
            jdbc.update("""
                    UPDATE webhook_delivery SET attempts = attempts + 1, last_attempt_at = ?, last_error = ?,
                        next_attempt_at = ?, leased_until = NULL
                    WHERE endpoint_id = ? AND event_id = ?""", Timestamp.from(now), shortError,
                    Timestamp.from(nextAttemptAt), delivery.endpointId(), delivery.eventRowId());
        }
    }

    /**
     * An endpoint's deliveries at a glance: the backlog ({@code pending}, since when, attempts of its oldest
     * delivery), the deliveries kept by the retention that arrived ({@code delivered}) or were given up
     * ({@code failed}), and the last success and error.
     */
    public record Status(long pending, long delivered, long failed, Instant oldestPendingSince,
                         Instant nextAttemptAt, Instant lastSuccessAt, Instant lastErrorAt, String lastError,
                         int oldestPendingAttempts) {
    }

    public Status status(String endpointId) {
        Map<String, Object> counts = jdbc.queryForMap("""
                SELECT
                    SUM(CASE WHEN state = 'PENDING' THEN 1 ELSE 0 END) AS pending,
                    SUM(CASE WHEN state = 'DELIVERED' THEN 1 ELSE 0 END) AS delivered,
                    SUM(CASE WHEN state = 'FAILED' THEN 1 ELSE 0 END) AS failed,
                    MIN(CASE WHEN state = 'PENDING' THEN created_at END) AS oldest_pending,
                    MIN(CASE WHEN state = 'PENDING' AND NOT EXISTS (SELECT 1 FROM webhook_delivery earlier
                        WHERE earlier.endpoint_id = d.endpoint_id AND earlier.dispute_id = d.dispute_id
                        AND earlier.state = 'PENDING' AND earlier.sequence < d.sequence)
                        THEN next_attempt_at END) AS next_attempt,
                    MAX(delivered_at) AS last_success
                FROM webhook_delivery d WHERE endpoint_id = ?""", endpointId);
        List<Map<String, Object>> lastError = jdbc.queryForList("""
                SELECT last_attempt_at, last_error FROM webhook_delivery
                WHERE endpoint_id = ? AND last_error IS NOT NULL ORDER BY last_attempt_at DESC LIMIT 1""", endpointId);
        List<Integer> oldestAttempts = jdbc.queryForList("""
                SELECT attempts FROM webhook_delivery WHERE endpoint_id = ? AND state = 'PENDING'
                ORDER BY created_at, event_cursor LIMIT 1""", Integer.class, endpointId);
        return new Status(number(counts.get("pending")), number(counts.get("delivered")), number(counts.get("failed")),
                instant(counts.get("oldest_pending")), instant(counts.get("next_attempt")),
                instant(counts.get("last_success")),
                lastError.isEmpty() ? null : instant(lastError.get(0).get("last_attempt_at")),
                lastError.isEmpty() ? null : (String) lastError.get(0).get("last_error"),
                oldestAttempts.isEmpty() ? 0 : oldestAttempts.get(0));
    }

    /**
     * One delivery as administrators read it; {@code waitsForEarlierEvent}: an earlier event of the dispute is still
     * being delivered, this one follows it.
     */
    public record Delivery(String eventId, String type, String disputeId, int sequence, long cursor, State state,
                           int attempts, Instant createdAt, Instant lastAttemptAt, String lastError,
                           Instant nextAttemptAt, boolean waitsForEarlierEvent, Instant deliveredAt,
                           Instant failedAt) {
    }

    /** The endpoint's deliveries, newest events first, of one state or all ({@code state} null). */
    public List<Delivery> list(String endpointId, State state, int limit) {
        String where = state == null ? "" : " AND d.state = ?";
        Object[] arguments = state == null ? new Object[] {endpointId, limit}
                : new Object[] {endpointId, state.name(), limit};
        return jdbc.query("""
                SELECT e.event_id AS public_id, e.type, d.*,
                    CASE WHEN d.state = 'PENDING' AND EXISTS (SELECT 1 FROM webhook_delivery earlier
                        WHERE earlier.endpoint_id = d.endpoint_id AND earlier.dispute_id = d.dispute_id
                        AND earlier.state = 'PENDING' AND earlier.sequence < d.sequence) THEN 1 ELSE 0 END AS waits
                FROM webhook_delivery d
                JOIN storefront_event e ON e.id = d.event_id
                WHERE d.endpoint_id = ?""" + where + " ORDER BY d.event_cursor DESC LIMIT ?",
                WebhookDeliveries::delivery, arguments);
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        State state = State.valueOf(rs.getString("state"));
        boolean waits = rs.getInt("waits") == 1;
        return new Delivery(rs.getString("public_id"), rs.getString("type"), rs.getString("dispute_id"),
                rs.getInt("sequence"), rs.getLong("event_cursor"), state, rs.getInt("attempts"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_attempt_at")),
                rs.getString("last_error"), state == State.PENDING && !waits
                        ? instant(rs.getTimestamp("next_attempt_at")) : null, waits,
                instant(rs.getTimestamp("delivered_at")), instant(rs.getTimestamp("failed_at")));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return null;
    }
}
