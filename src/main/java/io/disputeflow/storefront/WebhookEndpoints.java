package io.disputeflow.storefront;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The registered webhook endpoints and their signing secrets. */
@Repository
public class WebhookEndpoints {

    /** Secrets look like Stripe's, so that people recognise them in logs and vaults: {@code whsec_} + 64 hex. */
    static final String SECRET_PREFIX = "whsec_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final EventFeed feed;

    public WebhookEndpoints(JdbcTemplate jdbc, EventFeed feed) {
        this.jdbc = jdbc;
        this.feed = feed;
    }

    /** A new endpoint and its secret, which is shown this once. */
    public record Registered(WebhookEndpoint endpoint, String secret) {
    }

    /**
     * Registers an endpoint for the stores listed ({@code null}: every store). It receives the events that get a
     * cursor from now on; earlier ones are read with the catch-up API.
     */
    @Transactional
    public Registered register(String ownerId, String url, String description, List<String> storeIds, Instant now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_PREFIX + HexFormat.of().formatHex(random);
        String id = UUID.randomUUID().toString();
        // number what committed before, so that "from now on" leaves out the events of earlier changes
        feed.sequence(Integer.MAX_VALUE);
        jdbc.update("""
                INSERT INTO webhook_endpoint (id, owner_id, url, description, secret, all_stores, created_at,
                    fanned_out_cursor)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", id, ownerId, url, description, secret, storeIds == null,
                Timestamp.from(now), feed.lastCursor());
        List<String> stores = storeIds == null ? List.of() : storeIds.stream().distinct().sorted().toList();
        stores.forEach(store -> jdbc.update("INSERT INTO webhook_endpoint_store (endpoint_id, store_id) VALUES (?, ?)",
                id, store));
        return new Registered(new WebhookEndpoint(id, ownerId, url, description, storeIds == null, stores, now),
                secret);
    }

    public Optional<WebhookEndpoint> find(String id) {
        return list("WHERE id = ?", id).stream().findFirst();
    }

    /** Every endpoint ({@code ownerId} null) or the owner's, oldest first. */
    public List<WebhookEndpoint> all(String ownerId) {
        return ownerId == null ? list("") : list("WHERE owner_id = ?", ownerId);
    }

    /** Deletes the endpoint with its deliveries; false when there is none. */
    @Transactional
    public boolean delete(String id) {
        jdbc.update("DELETE FROM webhook_delivery WHERE endpoint_id = ?", id);
        jdbc.update("DELETE FROM webhook_endpoint_store WHERE endpoint_id = ?", id);
        return jdbc.update("DELETE FROM webhook_endpoint WHERE id = ?", id) == 1;
    }

    String secretOf(String id) {
        return jdbc.queryForObject("SELECT secret FROM webhook_endpoint WHERE id = ?", String.class, id);
    }

    /**
     * The endpoints no other node is fanning out right now, locked until the caller's transaction ends, with the
     * cursor up to which their deliveries exist.
     */
    Map<WebhookEndpoint, Long> lockForFanOut() {
        Map<String, Long> cursors = new LinkedHashMap<>();
        jdbc.query("SELECT id, fanned_out_cursor FROM webhook_endpoint ORDER BY id FOR UPDATE SKIP LOCKED",
                rs -> {
                    cursors.put(rs.getString("id"), rs.getLong("fanned_out_cursor"));
                });
        Map<WebhookEndpoint, Long> locked = new LinkedHashMap<>();
        cursors.forEach((id, cursor) -> find(id).ifPresent(endpoint -> locked.put(endpoint, cursor)));
        return locked;
    }

    void fannedOutTo(String id, long cursor) {
        jdbc.update("UPDATE webhook_endpoint SET fanned_out_cursor = ? WHERE id = ?", cursor, id);
    }

    private List<WebhookEndpoint> list(String where, Object... arguments) {
        List<WebhookEndpoint> endpoints = new ArrayList<>();
        jdbc.query("SELECT id, owner_id, url, description, all_stores, created_at FROM webhook_endpoint " + where
                + " ORDER BY created_at, id", rs -> {
            endpoints.add(map(rs));
        }, arguments);
        return endpoints.stream().map(endpoint -> new WebhookEndpoint(endpoint.id(), endpoint.ownerId(),
                endpoint.url(), endpoint.description(), endpoint.allStores(), jdbc.queryForList(
                "SELECT store_id FROM webhook_endpoint_store WHERE endpoint_id = ? ORDER BY store_id", String.class,
                endpoint.id()), endpoint.createdAt())).toList();
    }

    private static WebhookEndpoint map(ResultSet rs) throws SQLException {
        return new WebhookEndpoint(rs.getString("id"), rs.getString("owner_id"), rs.getString("url"),
                rs.getString("description"), rs.getBoolean("all_stores"), List.of(),
                rs.getTimestamp("created_at").toInstant());
    }
}
