package io.disputeflow.api;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.refund.RefundLedger;
import io.disputeflow.support.ApiTestSupport;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The marketplace API end to end on PostgreSQL: opening disputes under R1/R19, reading them, and the buyer's
 * actions with the process behind them. Security: {@link ApiSecurityTest}; idempotency and races:
 * {@link ApiIdempotencyAndConcurrencyTest}.
 */
class DisputeApiTest extends ApiTestSupport {

    static final AtomicInteger ORDERS = new AtomicInteger();

    @Autowired
    RefundLedger ledger;

    static String newOrder() {
        return "O-API-" + ORDERS.incrementAndGet();
    }

    String open(String reason, String requested) {
        return opened(openRequest(newOrder(), NORTH_1, reason, requested, NOW));
    }

    void sellerAnswers(String id, Map<String, Object> answer) {
        Task respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE);
        assertThat(api.completeTask(ADMIN, respond.getId(), answer).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        disputes.runJobs(id);
    }

    static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String type) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
                .as("problem+json, not " + response.getHeaders().getContentType()).isTrue();
        assertThat(response.getBody().get("type").asText()).isEqualTo("https://disputeflow.io/problems/" + type);
        assertThat(response.getBody().get("detail").asText()).isNotBlank();
    }

    static JsonNode firstError(ResponseEntity<JsonNode> response) {
        return response.getBody().get("errors").get(0);
    }

    long instancesOf(String disputeId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId).count();
    }

    // ----- opening: R1, R19, store and reason -----

    @Test
    void openingADispute_answers201WithLocationAndStartsItsProcess() {
        String orderId = newOrder();
        ResponseEntity<JsonNode> opened = api.post(STOREFRONT, "/api/disputes",
                openRequest(orderId, NORTH_1, "NOT_AS_DESCRIBED", "25.00", NOW));

        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = opened.getBody().get("id").asText();
        assertThat(id).matches("D-\\d+");
        assertThat(opened.getHeaders().getLocation()).hasPath("/api/disputes/" + id);
        assertThat(opened.getBody().get("status").asText()).isEqualTo("AWAITING_SELLER");
        assertThat(opened.getBody().at("/proposal/refund/amount").asText()).isEqualTo("25.00");
        assertThat(opened.getBody().at("/order/paid/amount").asText()).isEqualTo("40.00");
        assertThat(instancesOf(id)).isEqualTo(1);

        disputes.runJobs(id);
        JsonNode read = dispute(id);
        assertThat(read.get("category").asText()).isEqualTo("product");
        assertThat(read.get("deadlines").findValuesAsText("rule")).containsExactly("R2", "R7");
        assertThat(read.at("/deadlines/0/dueAt").asText()).isEqualTo(NOW.plus(5, ChronoUnit.DAYS).toString());
        assertThat(read.at("/deadlines/1/dueAt").asText()).isEqualTo(NOW.plus(15, ChronoUnit.DAYS).toString());
        assertThat(texts(read.get("availableActions"))).containsExactly("modification", "cancellation");
        assertThat(read.get("timeline").findValuesAsText("action")).startsWith("OPENED");
    }

    @Test
    void R1_disputeOpenedTooEarly_refusedWith422AndNothingCreated() {
        Map<String, Object> request = openRequest(newOrder(), NORTH_1, "NOT_AS_DESCRIBED", "25.00", NOW);
        order(request).put("shippedAt", NOW.minus(3, ChronoUnit.DAYS).toString());

        ResponseEntity<JsonNode> refused = api.post(STOREFRONT, "/api/disputes", request);

        assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation");
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("R1");
        assertThat(firstError(refused).get("field").asText()).isEqualTo("order.shippedAt");
        assertThat(refused.getBody().get("detail").asText()).contains("Too early");
        assertThat(disputesOfOrder((String) request.get("orderId"))).isZero();
    }

    @Test
    void R1_shortPromisedDelivery_disputeOpensRightAfterShipment() {
        Map<String, Object> request = openRequest(newOrder(), NORTH_1, "LOST", "40.00", NOW);
        order(request).put("shippedAt", NOW.minus(1, ChronoUnit.DAYS).toString());
        order(request).put("promisedDeliveryDays", 3);

        assertThat(api.post(STOREFRONT, "/api/disputes", request).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void R1_disputeAfterBuyerProtectionEnded_refused() {
        Map<String, Object> request = openRequest(newOrder(), NORTH_1, "LOST", "40.00", NOW);
        order(request).put("shippedAt", NOW.minus(60, ChronoUnit.DAYS).toString());
        order(request).put("protectionEndsAt", NOW.minus(1, ChronoUnit.DAYS).toString());

        ResponseEntity<JsonNode> refused = api.post(STOREFRONT, "/api/disputes", request);

        assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation");
        assertThat(firstError(refused).get("field").asText()).isEqualTo("order.protectionEndsAt");
        assertThat(disputesOfOrder((String) request.get("orderId"))).isZero();
    }

    @Test
    void R19_refundAbovePaidAmount_refusedWith422() {
        Map<String, Object> request = openRequest(newOrder(), NORTH_1, "DEFECTIVE", "40.01", NOW);

        ResponseEntity<JsonNode> refused = api.post(STOREFRONT, "/api/disputes", request);

        assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation");
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("R19");
        assertThat(firstError(refused).get("field").asText()).isEqualTo("requestedRefund.amount");
        assertThat(disputesOfOrder((String) request.get("orderId"))).isZero();
    }

    @Test
    void unknownStoreOrReason_refusedWith422NamingTheField() {
        Map<String, Object> unknownStore = openRequest(newOrder(), "store-nowhere", "DEFECTIVE", "10.00", NOW);
        Map<String, Object> unknownReason = openRequest(newOrder(), NORTH_1, "BORED", "10.00", NOW);

        ResponseEntity<JsonNode> storeRefused = api.post(STOREFRONT, "/api/disputes", unknownStore);
        ResponseEntity<JsonNode> reasonRefused = api.post(STOREFRONT, "/api/disputes", unknownReason);

        assertProblem(storeRefused, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation");
        assertThat(firstError(storeRefused).get("field").asText()).isEqualTo("storeId");
        assertProblem(reasonRefused, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation");
        assertThat(firstError(reasonRefused).get("field").asText()).isEqualTo("reason");
        assertThat(reasonRefused.getBody().get("detail").asText()).contains("NOT_AS_DESCRIBED");
    }

    @Test
    void secondOpenDisputeForTheSameOrder_409WithTheExistingDispute() {
        String orderId = newOrder();
        String first = api.post(STOREFRONT, "/api/disputes", openRequest(orderId, NORTH_1, "DEFECTIVE", "10.00", NOW))
                .getBody().get("id").asText();

        ResponseEntity<JsonNode> second = api.post(STOREFRONT, "/api/disputes",
                openRequest(orderId, NORTH_1, "WRONG_ITEM", "20.00", NOW));

        assertProblem(second, HttpStatus.CONFLICT, "dispute-already-open");
        assertThat(second.getBody().get("existingDisputeId").asText()).isEqualTo(first);
        assertThat(second.getHeaders().getLocation()).hasPath("/api/disputes/" + first);
        assertThat(disputesOfOrder(orderId)).isEqualTo(1);
    }

    @Test
    void missingAndMalformedFields_400ListingEveryField() {
        Map<String, Object> request = openRequest(newOrder(), NORTH_1, "DEFECTIVE", "10.001", NOW);
        request.remove("buyerId");
        request.put("requestedRefund", Map.of("amount", "10.001", "currency", "usd"));

        ResponseEntity<JsonNode> refused = api.post(STOREFRONT, "/api/disputes", request);

        assertProblem(refused, HttpStatus.BAD_REQUEST, "validation");
        assertThat(refused.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("buyerId", "requestedRefund.amount", "requestedRefund.currency");
        assertThat(disputesOfOrder((String) request.get("orderId"))).isZero();
    }

    @Test
    void notJsonOrWrongTypes_400() {
        assertProblem(api.postRaw(STOREFRONT, "/api/disputes", "{\"orderId\": "), HttpStatus.BAD_REQUEST,
                "malformed-request");
        ResponseEntity<JsonNode> wrongType = api.postRaw(STOREFRONT, "/api/disputes",
                "{\"order\": {\"shippedAt\": \"last week\"}}");
        assertProblem(wrongType, HttpStatus.BAD_REQUEST, "validation");
        assertThat(firstError(wrongType).get("field").asText()).isEqualTo("order.shippedAt");
        ResponseEntity<JsonNode> notAnObject = api.postRaw(STOREFRONT, "/api/disputes", "[1, 2]");
        assertThat(notAnObject.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void unknownDispute_404() {
        assertProblem(api.get(STOREFRONT, "/api/disputes/D-999999"), HttpStatus.NOT_FOUND, "dispute-not-found");
        assertProblem(api.post(STOREFRONT, "/api/disputes/D-999999/escalation", null), HttpStatus.NOT_FOUND,
                "dispute-not-found");
    }

    // ----- the buyer's actions -----

    @Test
    void R4_R5_sellerCounterOfferAcceptedByBuyer_agreedRefundPaidOnce() {
        String id = open("PRICE_DROP", "12.00");
        sellerAnswers(id, Map.of("sellerDecision", "COUNTER_OFFER", "counterOfferType", "PARTIAL_REFUND",
                "counterOfferAmount", "8.00", "sellerMessage", "We refund the difference of 8.00"));
        JsonNode offered = dispute(id);
        assertThat(offered.get("status").asText()).isEqualTo("NEGOTIATING");
        assertThat(offered.at("/sellerAnswer/counterOffer/amount").asText()).isEqualTo("8.00");
        assertThat(offered.at("/sellerAnswer/awaitingBuyerAnswer").asBoolean()).isTrue();
        assertThat(texts(offered.get("availableActions")))
                .contains("counter-offer/acceptance", "counter-offer/rejection");

        ResponseEntity<JsonNode> accepted = api.post(STOREFRONT, "/api/disputes/" + id + "/counter-offer/acceptance",
                null);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        disputes.runJobs(id);

        JsonNode settled = dispute(id);
        assertThat(settled.get("status").asText()).isEqualTo("REFUNDED");
        assertThat(settled.at("/agreement/source").asText()).isEqualTo("AGREEMENT");
        assertThat(settled.at("/refunds/0/amount/amount").asText()).isEqualTo("8.00");
        assertThat(settled.get("refunds")).hasSize(1);
        assertThat(ledger.refundsOfDispute(id)).containsExactly(new BigDecimal("8.00"));
        assertThat(settled.get("deadlines")).isEmpty();
    }

    @Test
    void R4_acceptanceWithoutOpenCounterOffer_409() {
        String id = open("DEFECTIVE", "20.00");

        ResponseEntity<JsonNode> refused = api.post(STOREFRONT, "/api/disputes/" + id + "/counter-offer/acceptance",
                null);

        assertProblem(refused, HttpStatus.CONFLICT, "action-not-allowed");
        assertThat(refused.getBody().get("disputeStatus").asText()).isEqualTo("AWAITING_SELLER");
        assertThat(refused.getBody().get("detail").asText()).contains("counter-offer");
    }

    @Test
    void R6_escalationBeforeAnyRejection_409_afterRejection_inArbitration() {
        String id = open("NOT_AS_DESCRIBED", "40.00");

        ResponseEntity<JsonNode> tooEarly = api.post(STOREFRONT, "/api/disputes/" + id + "/escalation", null);
        assertProblem(tooEarly, HttpStatus.CONFLICT, "action-not-allowed");
        assertThat(tooEarly.getBody().get("rule").asText()).isEqualTo("R6");

        sellerAnswers(id, Map.of("sellerDecision", "REJECT", "sellerMessage", "As described on the product page"));
        ResponseEntity<JsonNode> escalated = api.post(STOREFRONT, "/api/disputes/" + id + "/escalation", null);

        assertThat(escalated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(escalated.getBody().get("status").asText()).isEqualTo("IN_ARBITRATION");
        assertThat(escalated.getBody().get("deadlines").findValuesAsText("rule")).containsExactly("R10");
    }

    @Test
    void R4_counterOfferRejected_buyerMayEscalate() {
        String id = open("DEFECTIVE", "40.00");
        sellerAnswers(id, Map.of("sellerDecision", "COUNTER_OFFER", "counterOfferType", "PARTIAL_REFUND",
                "counterOfferAmount", "5.00", "sellerMessage", "5.00 for the scratch"));

        ResponseEntity<JsonNode> rejected = api.post(STOREFRONT, "/api/disputes/" + id + "/counter-offer/rejection",
                null);

        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(texts(rejected.getBody().get("availableActions"))).contains("escalation", "modification");
    }

    @Test
    void R3_modification_updatesTheRequestAndRestartsTheSellersFiveDays() {
        String id = open("DEFECTIVE", "40.00");
        ClockUtil.setCurrentTime(Date.from(NOW.plus(3, ChronoUnit.DAYS)));

        ResponseEntity<JsonNode> modified = api.post(STOREFRONT, "/api/disputes/" + id + "/modification",
                Map.of("requestedRefund", Map.of("amount", "15.00", "currency", "USD"), "description", "Keep it"));
        assertThat(modified.getStatusCode()).as(String.valueOf(modified.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(modified.getBody().at("/proposal/refund/amount").asText()).isEqualTo("15.00");
        disputes.runJobs(id);

        JsonNode read = dispute(id);
        assertThat(read.at("/proposal/description").asText()).isEqualTo("Keep it");
        assertThat(read.at("/deadlines/0/rule").asText()).isEqualTo("R2");
        assertThat(read.at("/deadlines/0/dueAt").asText()).isEqualTo(NOW.plus(8, ChronoUnit.DAYS).toString());
        assertThat(records.timelineActions(id)).containsOnlyOnce("MODIFIED");
    }

    @Test
    void R3_modificationAbovePaidAmountOrEmpty_refused() {
        String id = open("DEFECTIVE", "40.00");

        ResponseEntity<JsonNode> tooMuch = api.post(STOREFRONT, "/api/disputes/" + id + "/modification",
                Map.of("requestedRefund", Map.of("amount", "99.00", "currency", "USD")));
        ResponseEntity<JsonNode> empty = api.post(STOREFRONT, "/api/disputes/" + id + "/modification", Map.of());
        ResponseEntity<JsonNode> otherCurrency = api.post(STOREFRONT, "/api/disputes/" + id + "/modification",
                Map.of("requestedRefund", Map.of("amount", "9.00", "currency", "EUR")));

        assertProblem(tooMuch, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation");
        assertThat(tooMuch.getBody().get("rule").asText()).isEqualTo("R19");
        assertProblem(empty, HttpStatus.BAD_REQUEST, "validation");
        assertProblem(otherCurrency, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation");
        assertThat(records.get(id).requestedAmount()).isEqualByComparingTo("40.00");
    }

    @Test
    void R9_cancellation_closesWithoutRefund_andASecondCancellationIs409() {
        String id = open("CHANGED_MIND", "40.00");

        ResponseEntity<JsonNode> cancelled = api.post(STOREFRONT, "/api/disputes/" + id + "/cancellation", null);

        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.getBody().get("availableActions")).isEmpty();
        assertThat(instancesOf(id)).isZero();
        assertProblem(api.post(STOREFRONT, "/api/disputes/" + id + "/cancellation", null), HttpStatus.CONFLICT,
                "action-not-allowed");
    }

    @Test
    void R9_cancellationAfterTheRuling_409() {
        String id = open("NOT_AS_DESCRIBED", "40.00");
        sellerAnswers(id, Map.of("sellerDecision", "REJECT", "sellerMessage", "No"));
        api.post(STOREFRONT, "/api/disputes/" + id + "/escalation", null);
        disputes.runJobs(id);
        Task intake = disputes.task(id, Tasks.TAKE_UP_ARBITRATION_CASE);
        tasks.complete(intake.getId(), Map.of("assignedArbitrator", "judge"));
        disputes.runJobs(id);
        Task rule = disputes.task(id, Tasks.RULE_ON_DISPUTE);
        tasks.complete(rule.getId(), Map.of("rulingOutcome", "NO_REFUND", "sellerPenalty", false,
                "rulingNote", "The photos show the item as described"));

        ResponseEntity<JsonNode> refused = api.post(STOREFRONT, "/api/disputes/" + id + "/cancellation", null);

        assertProblem(refused, HttpStatus.CONFLICT, "action-not-allowed");
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("R9");
        assertThat(refused.getBody().get("detail").asText()).contains("ruling is final");
        disputes.runJobs(id);
        assertThat(dispute(id).get("status").asText()).isEqualTo("CLOSED_NO_REFUND");
        assertThat(dispute(id).at("/ruling/outcome").asText()).isEqualTo("NO_REFUND");
    }

    @Test
    void R13_returnShipmentFiled_sellerConfirmsReceipt_beforeAReturnIsDue409() {
        Map<String, Object> request = openRequest(newOrder(), NORTH_1, "DEFECTIVE", "40.00", NOW);
        request.put("returnOffered", true);
        String id = api.post(STOREFRONT, "/api/disputes", request).getBody().get("id").asText();
        disputes.runJobs(id);
        Map<String, String> parcel = Map.of("carrier", "Cainiao", "trackingNumber", "RT-" + id);
        assertProblem(api.post(STOREFRONT, "/api/disputes/" + id + "/return-shipment", parcel), HttpStatus.CONFLICT,
                "action-not-allowed");

        sellerAnswers(id, Map.of("sellerDecision", "ACCEPT"));
        assertThat(dispute(id).get("status").asText()).isEqualTo("AWAITING_RETURN_SHIPMENT");
        assertThat(dispute(id).get("deadlines").findValuesAsText("rule")).containsExactly("R13");
        ResponseEntity<JsonNode> shipped = api.post(STOREFRONT, "/api/disputes/" + id + "/return-shipment", parcel);

        assertThat(shipped.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(shipped.getBody().get("status").asText()).isEqualTo("AWAITING_RETURN_RECEIPT");
        assertThat(shipped.getBody().get("deadlines").findValuesAsText("rule")).containsExactly("R15");
        assertThat(records.get(id).decisions().returnLeg().trackingNumber()).isEqualTo("RT-" + id);
        ResponseEntity<JsonNode> blank = api.post(STOREFRONT, "/api/disputes/" + id + "/return-shipment",
                Map.of("carrier", " "));
        assertProblem(blank, HttpStatus.BAD_REQUEST, "validation");
    }

    // ----- lists, evidence, tracking, service levels -----

    @Test
    void disputeList_newestFirst_pagedAndFiltered() {
        String older = open("DEFECTIVE", "10.00");
        ClockUtil.setCurrentTime(Date.from(NOW.plus(1, ChronoUnit.HOURS)));
        String newer = open("WRONG_ITEM", "10.00");
        api.post(STOREFRONT, "/api/disputes/" + newer + "/cancellation", null);

        JsonNode firstPage = api.get(STOREFRONT, "/api/disputes?storeId=" + NORTH_1 + "&size=2&page=0").getBody();
        JsonNode cancelled = api.get(STOREFRONT, "/api/disputes?storeId=" + NORTH_1 + "&status=CANCELLED&size=100")
                .getBody();

        assertThat(firstPage.get("items").findValuesAsText("id")).containsExactly(newer, older);
        assertThat(firstPage.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(cancelled.get("items").findValuesAsText("id")).contains(newer).doesNotContain(older);
        assertProblem(api.get(STOREFRONT, "/api/disputes?status=LOST"), HttpStatus.BAD_REQUEST, "request-refused");
        assertProblem(api.get(STOREFRONT, "/api/disputes?size=1000"), HttpStatus.BAD_REQUEST, "validation");
    }

    @Test
    void evidence_uploadedListedAndDownloadedByteForByte() {
        String id = open("NOT_AS_DESCRIBED", "40.00");
        byte[] photo = "pretend this is a JPEG".getBytes();

        ResponseEntity<JsonNode> filed = api.upload(STOREFRONT, id, "BUYER", "PHOTO", "charger.jpg",
                MediaType.IMAGE_JPEG, photo);

        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        String href = filed.getBody().get("href").asText();
        assertThat(filed.getHeaders().getLocation()).hasPath(href);
        assertThat(api.get(STOREFRONT, "/api/disputes/" + id + "/evidence").getBody().findValuesAsText("fileName"))
                .containsExactly("charger.jpg");
        ResponseEntity<byte[]> download = api.download(STOREFRONT, href);
        assertThat(download.getBody()).isEqualTo(photo);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertProblem(api.get(STOREFRONT, "/api/disputes/" + id + "/evidence/999999"), HttpStatus.NOT_FOUND,
                "evidence-not-found");
    }

    @Test
    void evidence_wrongKindOrFileType_refusedAndNothingStored() {
        String id = open("NOT_AS_DESCRIBED", "40.00");

        ResponseEntity<JsonNode> badKind = api.upload(STOREFRONT, id, "BUYER", "SELFIE", "a.jpg",
                MediaType.IMAGE_JPEG, new byte[] {1});
        ResponseEntity<JsonNode> badType = api.upload(STOREFRONT, id, "BUYER", "PHOTO", "a.exe",
                MediaType.APPLICATION_OCTET_STREAM, new byte[] {1});

        assertProblem(badKind, HttpStatus.BAD_REQUEST, "validation");
        assertThat(firstError(badKind).get("field").asText()).isEqualTo("kind");
        assertProblem(badType, HttpStatus.UNPROCESSABLE_ENTITY, "evidence-rejected");
        assertThat(api.get(STOREFRONT, "/api/disputes/" + id + "/evidence").getBody()).isEmpty();
    }

    @Test
    void trackingEvents_recordedOnce() {
        Map<String, Object> webhook = Map.of("carrier", "Cainiao", "trackingNumber", "LP-TRACK-1", "events", List.of(
                Map.of("at", "2026-11-20T08:00:00Z", "status", "ACCEPTED", "location", "Shenzhen"),
                Map.of("at", "2026-11-21T08:00:00Z", "status", "IN_TRANSIT", "location", "Madrid")));

        ResponseEntity<JsonNode> first = api.post(STOREFRONT, "/api/tracking-events", webhook);
        ResponseEntity<JsonNode> repeat = api.post(STOREFRONT, "/api/tracking-events", webhook);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(first.getBody().get("recorded").asInt()).isEqualTo(2);
        assertThat(repeat.getBody().get("recorded").asInt()).isZero();
        assertProblem(api.post(STOREFRONT, "/api/tracking-events", Map.of("carrier", "Cainiao",
                "trackingNumber", "X", "events", List.of())), HttpStatus.BAD_REQUEST, "validation");
    }

    @Test
    void R18_serviceLevelOfAStore_countsItsDisputes() {
        String id = open("NOT_AS_DESCRIBED", "40.00");
        api.post(STOREFRONT, "/api/disputes/" + id + "/cancellation", null);

        ResponseEntity<JsonNode> level = api.get(ADMIN, "/api/stores/" + NORTH_1 + "/service-level?quarter=2026-Q4");

        assertThat(level.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(level.getBody().get("quarter").asText()).isEqualTo("2026-Q4");
        assertThat(level.getBody().get("disputesOpened").asInt()).isPositive();
        assertProblem(api.get(ADMIN, "/api/stores/" + NORTH_1 + "/service-level?quarter=Q4"), HttpStatus.BAD_REQUEST,
                "validation");
        assertProblem(api.get(ADMIN, "/api/stores/store-nowhere/service-level"), HttpStatus.NOT_FOUND,
                "store-not-found");
    }

    static List<String> texts(JsonNode array) {
        return array == null ? null : java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> order(Map<String, Object> request) {
        return (Map<String, Object>) request.get("order");
    }
}
