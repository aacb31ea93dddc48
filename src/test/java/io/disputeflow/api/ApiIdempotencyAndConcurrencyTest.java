package io.disputeflow.api;

import static io.disputeflow.api.DisputeApiTest.assertProblem;
import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Repeated and concurrent requests on PostgreSQL: an Idempotency-Key makes a repeat harmless, one order never
 * gets two open disputes, and a buyer racing the seller ends with one winner and a 409 for the other.
 */
class ApiIdempotencyAndConcurrencyTest extends ApiTestSupport {

    static final int THREADS = 8;


    ExecutorService pool;

    @BeforeEach
    void startThreads() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }


    @Test
    void repeatedOpeningWithTheSameKey_returnsTheFirstAnswerAndCreatesNothingMore() {
        String orderId = DisputeApiTest.newOrder();
        Map<String, Object> request = openRequest(orderId, NORTH_1, "DEFECTIVE", "30.00", NOW);

        ResponseEntity<JsonNode> first = api.post(STOREFRONT, "/api/disputes", request, "open-" + orderId);
        ResponseEntity<JsonNode> repeat = api.post(STOREFRONT, "/api/disputes", request, "open-" + orderId);

        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(repeat.getBody()).isEqualTo(first.getBody());
        assertThat(repeat.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(disputesOfOrder(orderId)).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(first.getBody().get("id").asText()).count()).isEqualTo(1);
    }

    @Test
    void theSameKeyForADifferentRequest_422AndNothingCreated() {
        String orderId = DisputeApiTest.newOrder();
        String key = "reuse-" + orderId;
        api.post(STOREFRONT, "/api/disputes", openRequest(orderId, NORTH_1, "DEFECTIVE", "30.00", NOW), key);
        String otherOrder = DisputeApiTest.newOrder();

        ResponseEntity<JsonNode> reused = api.post(STOREFRONT, "/api/disputes",
                openRequest(otherOrder, NORTH_1, "DEFECTIVE", "30.00", NOW), key);

        assertProblem(reused, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused");
        assertThat(disputesOfOrder(otherOrder)).isZero();
        assertProblem(api.post(STOREFRONT, "/api/disputes", openRequest(otherOrder, NORTH_1, "DEFECTIVE", "30.00",
                NOW), "not a valid key!"), HttpStatus.BAD_REQUEST, "validation");
    }

    @Test
    void aRefusedRequestStoresNoAnswer_soTheCorrectedRetryWithTheSameKeyWorks() {
        String orderId = DisputeApiTest.newOrder();
        String key = "retry-" + orderId;
        Map<String, Object> tooMuch = openRequest(orderId, NORTH_1, "DEFECTIVE", "99.00", NOW);
        assertThat(api.post(STOREFRONT, "/api/disputes", tooMuch, key).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        ResponseEntity<JsonNode> corrected = api.post(STOREFRONT, "/api/disputes",
                openRequest(orderId, NORTH_1, "DEFECTIVE", "40.00", NOW), key);

        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void repeatedBuyerActionWithTheSameKey_appliedOnce() {
        String id = open();
        ResponseEntity<JsonNode> cancelled = api.post(STOREFRONT, "/api/disputes/" + id + "/cancellation", null,
                "cancel-" + id);

        ResponseEntity<JsonNode> repeat = api.post(STOREFRONT, "/api/disputes/" + id + "/cancellation", null,
                "cancel-" + id);

        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repeat.getBody()).isEqualTo(cancelled.getBody());
        assertThat(records.timelineActions(id)).containsOnlyOnce("BUYER_CANCELLED");
        assertProblem(api.post(STOREFRONT, "/api/disputes/" + id + "/cancellation", null, "cancel-again-" + id),
                HttpStatus.CONFLICT, "action-not-allowed");
    }

    @Test
    void concurrentRepeatsOfOneKey_allGetTheOneDispute() throws Exception {
        String orderId = DisputeApiTest.newOrder();
        Map<String, Object> request = openRequest(orderId, NORTH_1, "WRONG_ITEM", "20.00", NOW);

        List<ResponseEntity<JsonNode>> answers = concurrently(THREADS,
                thread -> api.post(STOREFRONT, "/api/disputes", request, "burst-" + orderId));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED));
        assertThat(answers.stream().map(answer -> answer.getBody().get("id").asText()).distinct()).hasSize(1);
        assertThat(disputesOfOrder(orderId)).isEqualTo(1);
    }

    @Test
    void concurrentOpeningsForOneOrder_oneDisputeTheOthers409() throws Exception {
        String orderId = DisputeApiTest.newOrder();

        List<ResponseEntity<JsonNode>> answers = concurrently(THREADS, thread -> api.post(STOREFRONT, "/api/disputes",
                openRequest(orderId, NORTH_1, "WRONG_ITEM", (10 + thread) + ".00", NOW)));

        assertThat(answers).filteredOn(answer -> answer.getStatusCode() == HttpStatus.CREATED).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.getStatusCode() == HttpStatus.CONFLICT)
                .hasSize(THREADS - 1)
                .allSatisfy(answer -> assertThat(answer.getBody().get("existingDisputeId").asText())
                        .isEqualTo(jdbc.queryForObject("SELECT id FROM dispute WHERE order_id = ?", String.class,
                                orderId)));
        assertThat(disputesOfOrder(orderId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dispute_timeline t JOIN dispute d ON d.id = t.dispute_id "
                + "WHERE d.order_id = ? AND t.action = 'OPENED'", Integer.class, orderId)).isEqualTo(1);
    }

    @Test
    void buyerModificationRacingTheSellersAnswer_oneWinsTheOtherGets409_noLostUpdate() throws Exception {
        for (int round = 0; round < 30; round++) {
            String id = open();
            Task respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE);
            CyclicBarrier start = new CyclicBarrier(2);
            Future<ResponseEntity<String>> seller = pool.submit(() -> {
                start.await();
                return api.completeTask(ADMIN, respond.getId(), Map.of("sellerDecision", "ACCEPT"));
            });
            Future<ResponseEntity<JsonNode>> buyer = pool.submit(() -> {
                start.await();
                return api.post(STOREFRONT, "/api/disputes/" + id + "/modification",
                        Map.of("requestedRefund", Map.of("amount", "11.00", "currency", "USD")));
            });
            HttpStatus sellerStatus = HttpStatus.valueOf(seller.get(30, TimeUnit.SECONDS).getStatusCode().value());
            ResponseEntity<JsonNode> buyerAnswer = buyer.get(30, TimeUnit.SECONDS);
            String context = "round " + round + ": seller " + sellerStatus + " " + seller.get().getBody()
                    + ", buyer " + buyerAnswer.getStatusCode() + " " + buyerAnswer.getBody();

            assertThat(sellerStatus.is5xxServerError()).as(context).isFalse();
            assertThat(buyerAnswer.getStatusCode().is5xxServerError()).as(context).isFalse();
            boolean sellerWon = sellerStatus.is2xxSuccessful();
            boolean buyerWon = buyerAnswer.getStatusCode().is2xxSuccessful();
            assertThat(sellerWon ^ buyerWon).as("exactly one wins; " + context).isTrue();
            if (sellerWon) {
                assertThat(buyerAnswer.getStatusCode()).as(context).isEqualTo(HttpStatus.CONFLICT);
                assertThat(records.get(id).requestedAmount()).as(context).isEqualByComparingTo("30.00");
                assertThat(runtime.getVariable(processOf(id), "sellerDecision")).as(context).isEqualTo("ACCEPT");
            } else {
                assertThat(sellerStatus.value()).as(context).isIn(404, 409);
                assertThat(records.get(id).requestedAmount()).as(context).isEqualByComparingTo("11.00");
                disputes.runJobs(id);
                assertThat(disputes.task(id, Tasks.RESPOND_TO_DISPUTE)).as("the seller answers afresh; " + context)
                        .isNotNull();
            }
        }
    }

    String processOf(String disputeId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId)
                .processDefinitionKey("DisputeResolution").singleResult().getId();
    }

    String open() {
        String id = api.post(STOREFRONT, "/api/disputes", openRequest(DisputeApiTest.newOrder(), NORTH_1, "DEFECTIVE",
                "30.00", NOW)).getBody().get("id").asText();
        disputes.runJobs(id);
        return id;
    }

    <T> List<T> concurrently(int threads, Function<Integer, T> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<T>> futures = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            int number = thread;
            Callable<T> task = () -> {
                start.await();
                return call.apply(number);
            };
            futures.add(pool.submit(task));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
