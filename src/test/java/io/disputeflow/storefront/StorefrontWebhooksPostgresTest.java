package io.disputeflow.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.dispute.CounterOfferType;
import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.SellerAnswer;
import io.disputeflow.dispute.SellerDecision;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.storefront.StorefrontReceiver.Receipt;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events to storefronts on PostgreSQL with real HTTP: a storefront registers its endpoint through the API, disputes
 * run their lives, and delivery rounds run at the moments the test moves the clock to; the receiver on loopback
 * drops 30% of the deliveries and is down for a while.
 */
class StorefrontWebhooksPostgresTest extends ApiTestSupport {

    static final String STORE = "store-webhooks";
    static final String OTHER_STOREFRONT = "other-shop";

    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    DisputeCase disputeCase;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void aStoreOfItsOwn() {
        stores.register("webhooks", "Webhook Traders", STORE, "Webhook Shop");
        if (identity.createTenantQuery().tenantId(STORE).count() == 0) {
            identity.saveTenant(identity.newTenant(STORE));
        }
        if (identity.createUserQuery().userId(OTHER_STOREFRONT).count() == 0) {
            var user = identity.newUser(OTHER_STOREFRONT);
            user.setPassword(ApiFixture.password(OTHER_STOREFRONT));
            identity.saveUser(user);
            identity.createMembership(OTHER_STOREFRONT, "storefront");
        }
    }

    @Test
    void everyEventOfTwoDisputesLivesReachesTheStorefrontOnceInOrder_despiteDroppedDeliveriesAndDowntime()
            throws Exception {
        try (StorefrontReceiver receiver = new StorefrontReceiver(() -> ClockUtil.getCurrentTime().toInstant())) {
            receiver.start();
            JsonNode endpoint = register(receiver.url(), List.of(STORE));
            receiver.useSecret(endpoint.get("secret").asText());
            String endpointId = endpoint.get("id").asText();

            Instant t = NOW;
            String returned = opened(ApiFixture.openRequest("WH-A", STORE, "NOT_AS_DESCRIBED", "30.00", t));
            String arbitrated = opened(ApiFixture.openRequest("WH-B", STORE, "DEFECTIVE", "40.00", t));
            t = deliverAll(endpointId, t);

            // a day before the seller's 5 days run out (R2), both disputes remind
            t = at(NOW.plus(4, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS));
            assertThat(reminders.remindDue(t)).as("R2 reminders of both disputes").isGreaterThanOrEqualTo(2);
            assertThat(reminders.remindDue(t)).as("a deadline is reminded once").isZero();
            t = deliverAll(endpointId, t);

            tasks.complete(disputes.task(returned, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of(
                    "sellerDecision", "COUNTER_OFFER", "counterOfferType", "REFUND_WITH_RETURN",
                    "counterOfferAmount", "30.00", "sellerMessage", "Send it back and we refund"));
            tasks.complete(disputes.task(arbitrated, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of(
                    "sellerDecision", "REJECT", "sellerMessage", "It worked when it left"));
            t = deliverAll(endpointId, t);
            long lastCursorBeforeDowntime = receiver.firstReceipts().stream().mapToLong(Receipt::cursor).max()
                    .orElseThrow();

            // the storefront goes down; the disputes move on and the deliveries fail for two hours
            receiver.stop();
            t = at(t.plus(1, ChronoUnit.MINUTES));
            assertThat(api.post(ApiFixture.STOREFRONT, "/api/disputes/" + returned + "/counter-offer/acceptance", null)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
            disputes.runJobs(returned);
            assertThat(api.post(ApiFixture.STOREFRONT, "/api/disputes/" + arbitrated + "/escalation", null)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
            Task takeUp = disputes.task(arbitrated, Tasks.TAKE_UP_ARBITRATION_CASE);
            tasks.claim(takeUp.getId(), ApiFixture.arbitratorOf(identity, "webhooks-arbitrator", STORE));
            tasks.complete(takeUp.getId());
            disputes.runJobs(arbitrated);
            tasks.complete(disputes.task(arbitrated, Tasks.RULE_ON_DISPUTE).getId(), Map.of("rulingOutcome",
                    "FULL_REFUND", "sellerPenalty", false, "rulingNote", "The photos show the defect"));
            disputes.runJobs(arbitrated);
            Instant downUntil = t.plus(2, ChronoUnit.HOURS);
            int requestsBeforeDowntime = receiver.requests();
            while (t.isBefore(downUntil)) {
                t = at(nextAttempt(endpointId, t));
                dispatcher.deliverDue(t);
            }
            assertThat(receiver.requests()).isEqualTo(requestsBeforeDowntime);
            JsonNode whileDown = deliveries(ApiFixture.ADMIN, endpointId);
            assertThat(whileDown.at("/status/pending").asLong()).as("backlog while down").isGreaterThan(0);
            assertThat(whileDown.at("/status/lastError").asText()).startsWith("Could not reach the endpoint");
            assertThat(StreamSupport.stream(whileDown.get("deliveries").spliterator(), false)
                    .mapToInt(delivery -> delivery.get("attempts").asInt()).max().orElseThrow())
                    .as("retried with backoff: 10 s, 20 s, 40 s ... within two hours").isBetween(6, 12);
            assertThat(StreamSupport.stream(whileDown.get("deliveries").spliterator(), false)
                    .filter(delivery -> delivery.get("waitsForEarlierEvent").asBoolean()))
                    .as("a dispute's later events wait for its earlier ones").isNotEmpty();

            // what the storefront missed, read with the cursor of the last event it processed
            JsonNode missed = events(ApiFixture.STOREFRONT, "after=" + lastCursorBeforeDowntime + "&storeId=" + STORE);
            List<String> missedIds = ids(missed.get("events"));
            assertThat(types(missed.get("events"), returned)).containsExactly("dispute.return_required");
            assertThat(types(missed.get("events"), arbitrated)).containsExactly("dispute.escalated",
                    "dispute.ruling_made", "dispute.refund_paid", "dispute.closed");
            assertThat(missedIds).doesNotContainAnyElementsOf(receiver.eventIds());
            assertThat(missed.get("nextCursor").asLong()).isEqualTo(
                    missed.get("events").get(missed.get("events").size() - 1).get("cursor").asLong());
            assertThat(events(ApiFixture.STOREFRONT, "after=" + missed.get("nextCursor").asLong() + "&storeId="
                    + STORE).get("events")).isEmpty();

            // back up on the same port: the backlog arrives, then the return completes the first dispute
            receiver.start();
            t = deliverAll(endpointId, t);
            assertThat(receiver.eventIds()).containsAll(missedIds);
            assertThat(api.post(ApiFixture.STOREFRONT, "/api/disputes/" + returned + "/return-shipment",
                    Map.of("carrier", "Cainiao", "trackingNumber", "RT-WH-A")).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            tasks.complete(disputes.task(returned, Tasks.CONFIRM_RETURN_RECEIPT).getId(),
                    Map.of("returnReceipt", "RECEIVED_OK"));
            disputes.runJobs(returned);
            deliverAll(endpointId, t);

            assertDeliveredOnceInOrder(receiver, returned, List.of("dispute.opened", "dispute.deadline_approaching",
                    "dispute.seller_answered", "dispute.counter_offer_waiting", "dispute.return_required",
                    "dispute.refund_paid", "dispute.closed"));
            assertDeliveredOnceInOrder(receiver, arbitrated, List.of("dispute.opened",
                    "dispute.deadline_approaching", "dispute.seller_answered", "dispute.escalated",
                    "dispute.ruling_made", "dispute.refund_paid", "dispute.closed"));
            assertThat(receiver.refusedSignatures()).as("every signature verified").isZero();
            assertThat(receiver.failedOnPurpose()).as("deliveries dropped").isGreaterThanOrEqualTo(3);
            assertThat(receiver.processed().size()).as("duplicates recognised by event id")
                    .isGreaterThan(receiver.eventIds().size());

            Map<String, JsonNode> byType = firstOfEachType(receiver, returned);
            assertThat(byType.get("dispute.opened").at("/data/requestedRefund").toString())
                    .isEqualTo("{\"amount\":\"30.00\",\"currency\":\"USD\"}");
            assertThat(byType.get("dispute.deadline_approaching").at("/data/deadline/rule").asText()).isEqualTo("R2");
            assertThat(byType.get("dispute.deadline_approaching").at("/data/deadline/dueAt").asText())
                    .isEqualTo(NOW.plus(5, ChronoUnit.DAYS).toString());
            assertThat(byType.get("dispute.counter_offer_waiting").at("/data/counterOffer/type").asText())
                    .isEqualTo("REFUND_WITH_RETURN");
            assertThat(byType.get("dispute.counter_offer_waiting").at("/data/deadline/rule").asText()).isEqualTo("R7");
            assertThat(byType.get("dispute.counter_offer_waiting").at("/data/deadline/dueAt").asText())
                    .isEqualTo(NOW.plus(15, ChronoUnit.DAYS).toString());
            JsonNode returnRequired = byType.get("dispute.return_required");
            assertThat(returnRequired.at("/data/deadline/rule").asText()).isEqualTo("R13");
            assertThat(Instant.parse(returnRequired.at("/data/deadline/dueAt").asText())).isEqualTo(
                    Instant.parse(returnRequired.at("/data/agreedAt").asText()).plus(10, ChronoUnit.DAYS));
            assertThat(byType.get("dispute.refund_paid").at("/data/refund/amount").asText()).isEqualTo("30.00");
            assertThat(byType.get("dispute.closed").at("/data/outcome").asText()).isEqualTo("PARTIAL_REFUND");
            assertThat(firstOfEachType(receiver, arbitrated).get("dispute.ruling_made").at("/data/outcome").asText())
                    .isEqualTo("FULL_REFUND");

            JsonNode status = deliveries(ApiFixture.STOREFRONT, endpointId).get("status");
            assertThat(status.get("pending").asLong()).isZero();
            assertThat(status.get("failed").asLong()).isZero();
            assertThat(status.get("lastSuccessAt").isNull()).isFalse();
            assertThat(api.as(ApiFixture.STOREFRONT).exchange("/api/webhook-endpoints/" + endpointId,
                    HttpMethod.DELETE, null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
    }

    @Test
    void aRolledBackChangeWritesNoEvent_theSameChangeCommittedWritesIt() {
        String id = disputes.open("WH-TX", STORE, "PRICE_DROP", "15.00", NOW);
        var seller = new SellerAnswer(SellerDecision.COUNTER_OFFER, CounterOfferType.PARTIAL_REFUND,
                new BigDecimal("8.00"), "Price difference");
        assertThat(eventTypesOf(id)).containsExactly("dispute.opened");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            disputeCase.recordSellerAnswer(records.get(id), "agent", seller);
            status.setRollbackOnly();
        });
        assertThat(eventTypesOf(id)).containsExactly("dispute.opened");
        assertThat(jdbc.queryForObject("SELECT event_sequence FROM dispute WHERE id = ?", Integer.class, id)).isOne();

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                disputeCase.recordSellerAnswer(records.get(id), "agent", seller));
        assertThat(eventTypesOf(id)).containsExactly("dispute.opened", "dispute.seller_answered",
                "dispute.counter_offer_waiting");
        assertThat(jdbc.queryForList("SELECT sequence FROM storefront_event WHERE dispute_id = ? ORDER BY id",
                Integer.class, id)).containsExactly(1, 2, 3);
    }

    @Test
    void aDeliveryThatKeepsFailingIsGivenUpAfterThreeDays_administratorsSeeIt_laterEventsStillGo() throws Exception {
        String deadUrl;
        try (StorefrontReceiver gone = new StorefrontReceiver(Instant::now)) {
            gone.start();
            deadUrl = gone.url();
        }
        JsonNode endpoint = register(deadUrl, List.of(STORE));
        String endpointId = endpoint.get("id").asText();
        Instant t = NOW;
        String id = disputes.open("WH-DEAD", STORE, "LOST", "20.00", t);
        Instant giveUp = t.plus(3, ChronoUnit.DAYS);
        while (!t.isAfter(giveUp)) {
            t = at(nextAttempt(endpointId, t));
            dispatcher.deliverDue(t);
        }
        tasks.complete(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of("sellerDecision", "ACCEPT"));
        t = at(t.plusSeconds(1));
        dispatcher.deliverDue(t);

        JsonNode report = deliveries(ApiFixture.ADMIN, endpointId);
        Map<String, JsonNode> ofDispute = new HashMap<>();
        report.get("deliveries").forEach(delivery -> {
            if (delivery.get("disputeId").asText().equals(id)) {
                ofDispute.put(delivery.get("type").asText(), delivery);
            }
        });
        JsonNode opened = ofDispute.get("dispute.opened");
        assertThat(opened.get("state").asText()).as(report.toString()).isEqualTo("FAILED");
        assertThat(opened.get("attempts").asInt()).as("10 s doubling up to 1 h, for 3 days").isBetween(70, 90);
        assertThat(opened.get("lastError").asText()).startsWith("Could not reach the endpoint");
        assertThat(ofDispute.get("dispute.seller_answered").get("attempts").asInt())
                .as("not held back by a given-up predecessor").isOne();
        assertThat(report.at("/status/failed").asLong()).isOne();
        assertThat(api.get(OTHER_STOREFRONT, "/api/webhook-endpoints/" + endpointId + "/deliveries").getStatusCode())
                .as("another storefront account's endpoint").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get(OTHER_STOREFRONT, "/api/webhook-endpoints").getBody()).isEmpty();
        api.as(ApiFixture.ADMIN).delete("/api/webhook-endpoints/" + endpointId);
    }

    @Test
    void onlyStorefrontsAndAdministratorsUseEventsAndEndpoints_httpsRequired_storesMustExist() {
        assertThat(api.get(ApiFixture.NORTH_AGENT, "/api/events").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post(ApiFixture.NORTH_AGENT, "/api/webhook-endpoints", Map.of("url", "https://x.example/h"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get(ApiFixture.ADMIN, "/api/events?limit=1").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> unknownStore = api.post(ApiFixture.STOREFRONT, "/api/webhook-endpoints",
                Map.of("url", "https://shop.example/h", "storeIds", List.of("store-nowhere")));
        assertThat(unknownStore.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownStore.getBody().at("/errors/0/field").asText()).isEqualTo("storeIds");
        ResponseEntity<JsonNode> notAUrl = api.post(ApiFixture.STOREFRONT, "/api/webhook-endpoints",
                Map.of("url", "shop.example/h"));
        assertThat(notAUrl.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get(ApiFixture.STOREFRONT, "/api/webhook-endpoints/no-such-id").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode register(String url, List<String> storeIds) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("url", url);
        request.put("description", "Test storefront");
        request.put("storeIds", storeIds);
        ResponseEntity<JsonNode> registered = api.post(ApiFixture.STOREFRONT, "/api/webhook-endpoints", request);
        assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(registered.getBody().get("secret").asText()).startsWith("whsec_");
        assertThat(api.get(ApiFixture.STOREFRONT, "/api/webhook-endpoints/" + registered.getBody().get("id").asText())
                .getBody().get("secret").isNull()).as("the secret is shown once").isTrue();
        return registered.getBody();
    }

    /** Runs delivery rounds, moving the clock to each next retry, until the endpoint has nothing pending. */
    private Instant deliverAll(String endpointId, Instant from) {
        Instant t = at(from);
        for (int round = 0; round < 200; round++) {
            dispatcher.deliverDue(t);
            Timestamp next = nextHeadAttempt(endpointId);
            if (next == null) {
                return t;
            }
            t = at(later(t, next.toInstant()));
        }
        throw new AssertionError("Deliveries still pending after 200 rounds: " + deliveries(ApiFixture.ADMIN,
                endpointId));
    }

    private Instant nextAttempt(String endpointId, Instant now) {
        Timestamp next = nextHeadAttempt(endpointId);
        return next == null ? now.plus(Duration.ofMinutes(10)) : later(now, next.toInstant());
    }

    /** When the next attempt is due of a delivery that is not waiting for an earlier one of its dispute. */
    private Timestamp nextHeadAttempt(String endpointId) {
        return jdbc.queryForObject("""
                SELECT MIN(d.next_attempt_at) FROM webhook_delivery d
                WHERE d.endpoint_id = ? AND d.state = 'PENDING' AND NOT EXISTS (SELECT 1 FROM webhook_delivery e
                    WHERE e.endpoint_id = d.endpoint_id AND e.dispute_id = d.dispute_id AND e.state = 'PENDING'
                    AND e.sequence < d.sequence)""", Timestamp.class, endpointId);
    }

    private static Instant later(Instant now, Instant next) {
        return next.isAfter(now) ? next : now.plusSeconds(1);
    }

    private static Instant at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        return instant;
    }

    private JsonNode events(String user, String query) {
        ResponseEntity<JsonNode> page = api.get(user, "/api/events?" + query);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    private JsonNode deliveries(String user, String endpointId) {
        ResponseEntity<JsonNode> report = api.get(user, "/api/webhook-endpoints/" + endpointId + "/deliveries");
        assertThat(report.getStatusCode()).as(String.valueOf(report.getBody())).isEqualTo(HttpStatus.OK);
        return report.getBody();
    }

    private void assertDeliveredOnceInOrder(StorefrontReceiver receiver, String disputeId, List<String> types) {
        JsonNode all = events(ApiFixture.ADMIN, "disputeId=" + disputeId);
        List<String> expected = ids(all.get("events"));
        assertThat(types(all.get("events"), disputeId)).as("the outbox of " + disputeId).containsExactlyElementsOf(types);
        List<Receipt> received = receiver.firstReceipts().stream()
                .filter(receipt -> receipt.disputeId().equals(disputeId)).toList();
        assertThat(received).extracting(Receipt::eventId).as("every event once, in order")
                .containsExactlyElementsOf(expected);
        assertThat(received).extracting(Receipt::sequence).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, types.size()).boxed().toList());
    }

    private Map<String, JsonNode> firstOfEachType(StorefrontReceiver receiver, String disputeId) {
        Map<String, JsonNode> byType = new HashMap<>();
        receiver.firstReceipts().stream().filter(receipt -> receipt.disputeId().equals(disputeId))
                .forEach(receipt -> byType.putIfAbsent(receipt.type(), receipt.event()));
        return byType;
    }

    private List<String> eventTypesOf(String disputeId) {
        return jdbc.queryForList("SELECT type FROM storefront_event WHERE dispute_id = ? ORDER BY sequence",
                String.class, disputeId);
    }

    private static List<String> ids(JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(event -> ids.add(event.get("id").asText()));
        return ids;
    }

    private static List<String> types(JsonNode events, String disputeId) {
        List<String> types = new ArrayList<>();
        events.forEach(event -> {
            if (event.get("disputeId").asText().equals(disputeId)) {
                types.add(event.get("type").asText());
            }
        });
        return types;
    }
}
