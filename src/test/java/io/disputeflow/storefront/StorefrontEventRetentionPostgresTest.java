package io.disputeflow.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Events are kept for 30 days: on PostgreSQL, with the clock moved a month on, the delivered events and their
 * deliveries are deleted, an event still waiting for a storefront that is down stays, and a storefront catching up
 * from a cursor older than what is kept is answered 410 Gone with the cursor to go on from.
 */
class StorefrontEventRetentionPostgresTest extends ApiTestSupport {

    static final String STORE = "store-retention";
    static final String DOWN_STORE = "store-retention-down";

    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    EventRetention retention;

    @BeforeEach
    void storesOfTheirOwn() {
        stores.register("retention", "Retention Traders", STORE, "Retention Shop");
        stores.register("retention", "Retention Traders", DOWN_STORE, "Retention Outlet");
        for (String store : List.of(STORE, DOWN_STORE)) {
            if (identity.createTenantQuery().tenantId(store).count() == 0) {
                identity.saveTenant(identity.newTenant(store));
            }
        }
    }

    @Test
    void deliveredEventsOlderThan30DaysAreDeleted_pendingOnesStay_anOlderCursorIsToldEventsAreGone()
            throws Exception {
        try (StorefrontReceiver receiver = new StorefrontReceiver(() -> ClockUtil.getCurrentTime().toInstant());
             StorefrontReceiver down = new StorefrontReceiver(() -> ClockUtil.getCurrentTime().toInstant())) {
            receiver.start();
            down.start();
            JsonNode live = register(receiver.url(), STORE);
            receiver.useSecret(live.get("secret").asText());
            String downUrl = down.url();
            down.stop();
            JsonNode unreachable = register(downUrl, DOWN_STORE);

            String read = disputes.open("RET-READ", STORE, "LOST", "10.00", NOW);
            String missed = disputes.open("RET-MISSED", STORE, "LOST", "11.00", NOW);
            String waiting = disputes.open("RET-WAITING", DOWN_STORE, "LOST", "12.00", NOW);
            Instant t = NOW;
            for (int round = 0; round < 20 && pendingDeliveriesAt(live.get("id").asText()) > 0 || round == 0; round++) {
                t = at(t.plus(1, ChronoUnit.MINUTES));
                dispatcher.deliverDue(t);
            }
            assertThat(receiver.eventIds()).containsAll(eventIdsOf(read)).containsAll(eventIdsOf(missed));
            long lastRead = cursorsOf(read).get(cursorsOf(read).size() - 1);
            long lastMissed = cursorsOf(missed).get(cursorsOf(missed).size() - 1);
            assertThat(lastMissed).isGreaterThan(lastRead);
            assertThat(pendingDeliveriesOf(waiting)).as("the outlet's storefront is down").isPositive();

            // 29 days on nothing is old enough; 31 days on the delivered events go, the waiting one stays
            Instant almost = at(NOW.plus(29, ChronoUnit.DAYS));
            retention.deleteExpired(almost);
            assertThat(eventIdsOf(read)).isNotEmpty();
            assertThat(ok(ApiFixture.STOREFRONT, "after=" + lastRead + "&storeId=" + STORE).get("events"))
                    .extracting(event -> event.get("disputeId").asText()).contains(missed);

            Instant monthOn = at(NOW.plus(31, ChronoUnit.DAYS));
            String recent = disputes.open("RET-RECENT", STORE, "LOST", "13.00", monthOn);
            assertThat(retention.deleteExpired(monthOn)).isGreaterThanOrEqualTo(2);
            assertThat(eventIdsOf(read)).as("delivered a month ago").isEmpty();
            assertThat(eventIdsOf(missed)).as("delivered a month ago").isEmpty();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE endpoint_id = ? AND dispute_id"
                    + " IN (?, ?)", Integer.class, live.get("id").asText(), read, missed)).isZero();
            assertThat(eventIdsOf(waiting)).as("still waiting for the storefront that is down").isNotEmpty();
            assertThat(pendingDeliveriesOf(waiting)).isPositive();
            assertThat(eventIdsOf(recent)).isNotEmpty();

            // the storefront comes back with the cursor of the last event it processed: some after it are gone
            ResponseEntity<JsonNode> gone = api.get(ApiFixture.STOREFRONT, "/api/events?after=" + lastRead
                    + "&storeId=" + STORE);
            assertThat(gone.getStatusCode()).isEqualTo(HttpStatus.GONE);
            assertThat(gone.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = gone.getBody();
            assertThat(problem.get("type").asText()).endsWith("/events-gone");
            assertThat(problem.get("detail").asText()).contains("deleted 30 days after they occurred");
            long resumeAfter = problem.get("resumeAfter").asLong();
            assertThat(resumeAfter).as("the highest cursor deleted").isGreaterThanOrEqualTo(lastMissed);
            assertThat(problem.get("oldestAvailableCursor").asLong()).isGreaterThan(resumeAfter);

            // going on from there reads what is kept; after=0 reads from the oldest event kept
            List<String> resumed = disputeIds(ok(ApiFixture.STOREFRONT, "after=" + resumeAfter + "&storeId=" + STORE));
            assertThat(resumed).contains(recent).doesNotContain(read, missed);
            assertThat(disputeIds(ok(ApiFixture.STOREFRONT, "after=0&limit=1000&storeId=" + DOWN_STORE)))
                    .contains(waiting);

            api.as(ApiFixture.STOREFRONT).delete("/api/webhook-endpoints/" + live.get("id").asText());
            api.as(ApiFixture.STOREFRONT).delete("/api/webhook-endpoints/" + unreachable.get("id").asText());
        }
    }

    private JsonNode register(String url, String storeId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("url", url);
        request.put("description", "Retention test");
        request.put("storeIds", List.of(storeId));
        ResponseEntity<JsonNode> registered = api.post(ApiFixture.STOREFRONT, "/api/webhook-endpoints", request);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return registered.getBody();
    }

    private JsonNode ok(String user, String query) {
        ResponseEntity<JsonNode> page = api.get(user, "/api/events?" + query);
        assertThat(page.getStatusCode()).as(String.valueOf(page.getBody())).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    private List<String> eventIdsOf(String disputeId) {
        return jdbc.queryForList("SELECT event_id FROM storefront_event WHERE dispute_id = ? ORDER BY sequence",
                String.class, disputeId);
    }

    private List<Long> cursorsOf(String disputeId) {
        return jdbc.queryForList("SELECT event_cursor FROM storefront_event WHERE dispute_id = ? ORDER BY sequence",
                Long.class, disputeId);
    }

    private int pendingDeliveriesAt(String endpointId) {
        return jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE endpoint_id = ? AND state = 'PENDING'",
                Integer.class, endpointId);
    }

    private int pendingDeliveriesOf(String disputeId) {
        return jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE dispute_id = ? AND state = 'PENDING'",
                Integer.class, disputeId);
    }

    private static List<String> disputeIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("events").forEach(event -> ids.add(event.get("disputeId").asText()));
        return ids;
    }

    private static Instant at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        return instant;
    }
}
