package io.disputeflow.api;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A deadline is the rule, not its timer job: with the job executor stopped (as in every Spring test here), an action
 * 1 ms before the deadline is accepted, at the deadline it is refused with 409, the rule, the deadline and what
 * happens instead; the timer then carries out the outcome.
 */
class DeadlinesAtTheDoorTest extends ApiTestSupport {

    static final Duration FIVE_DAYS = Duration.ofDays(5);
    static final Duration ONE_MS = Duration.ofMillis(1);

    @Test
    void R2_sellerAnswersOneMillisecondBeforeTheFiveDays_accepted_atThemRefusedOnBothPaths() {
        String early = open(false);
        String late = open(false);
        String javaApi = open(false);

        at(NOW.plus(FIVE_DAYS).minus(ONE_MS));
        assertThat(answer(early, Map.of("sellerDecision", "ACCEPT")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        at(NOW.plus(FIVE_DAYS));
        ResponseEntity<String> refused = answer(late, Map.of("sellerDecision", "REJECT", "sellerMessage", "No"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).contains("deadline-passed", "R2", "refunded automatically instead");
        assertThat(disputes.task(late, Tasks.RESPOND_TO_DISPUTE)).as("the task stays for its timer").isNotNull();
        assertThat(records.get(late).decisions().sellerAnswer()).isNull();
        assertThatThrownBy(() -> tasks.complete(disputes.task(javaApi, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "ACCEPT"))).hasStackTraceContaining("Too late");

        Job due = management.createJobQuery().processInstanceId(disputes.task(late, Tasks.RESPOND_TO_DISPUTE)
                .getProcessInstanceId()).timers().activityId("Timer_SellerResponseDue").singleResult();
        management.executeJob(due.getId());
        disputes.runJobs(late);
        assertThat(dispute(late).get("status").asText()).as("the outcome of silence").isEqualTo("REFUNDED");
    }

    @Test
    void R2_R3_modificationAtTheSellersDeadline_refused_oneMillisecondBefore_accepted() {
        String early = open(false);
        String late = open(false);
        Map<String, Object> lower = Map.of("requestedRefund", Map.of("amount", "20.00", "currency", "USD"));

        at(NOW.plus(FIVE_DAYS).minus(ONE_MS));
        assertThat(api.post(STOREFRONT, "/api/disputes/" + early + "/modification", lower).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        at(NOW.plus(FIVE_DAYS));
        assertDeadlinePassed(api.post(STOREFRONT, "/api/disputes/" + late + "/modification", lower), "R2");
        assertThat(records.get(late).requestedAmount()).isEqualByComparingTo("30.00");
        assertThat(dispute(late).get("availableActions").toString()).doesNotContain("modification");
    }

    @Test
    void R7_counterOfferAcceptedOnDayFifteen_refused_oneMillisecondBefore_accepted() {
        String early = open(false);
        String late = open(false);
        Map<String, Object> counterOffer = Map.of("sellerDecision", "COUNTER_OFFER", "counterOfferType",
                "PARTIAL_REFUND", "counterOfferAmount", "10.00", "sellerMessage", "10.00 for the scratch");
        assertThat(answer(early, counterOffer).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(answer(late, counterOffer).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        at(NOW.plus(Duration.ofDays(15)).minus(ONE_MS));
        assertThat(api.post(STOREFRONT, "/api/disputes/" + early + "/counter-offer/acceptance", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        at(NOW.plus(Duration.ofDays(15)));
        assertDeadlinePassed(api.post(STOREFRONT, "/api/disputes/" + late + "/counter-offer/acceptance", null), "R7");
        assertThat(records.get(late).decisions().execution()).as("nothing settled").isNull();
    }

    @Test
    void R13_returnTrackingOnTheTenthDayAfterTheAgreement_refused_oneMillisecondBefore_accepted() {
        String early = open(true);
        String late = open(true);
        answer(early, Map.of("sellerDecision", "ACCEPT"));
        answer(late, Map.of("sellerDecision", "ACCEPT"));
        Map<String, String> parcel = Map.of("carrier", "Cainiao", "trackingNumber", "RT-1");

        at(NOW.plus(Duration.ofDays(10)).minus(ONE_MS));
        assertThat(api.post(STOREFRONT, "/api/disputes/" + early + "/return-shipment", parcel).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        at(NOW.plus(Duration.ofDays(10)));
        assertDeadlinePassed(api.post(STOREFRONT, "/api/disputes/" + late + "/return-shipment", parcel), "R13");
        assertThat(records.get(late).decisions().returnLeg()).isNull();
    }

    @Test
    void R9_cancellationOnceTheAgreementIsReached_refusedBeforeItsSettlementAndPaymentRun() {
        String id = open(false);
        assertThat(api.completeTask(ADMIN, disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "ACCEPT")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Job settle = management.createJobQuery()
                .processInstanceId(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult()
                        .getId())
                .messages().singleResult();
        assertThat(settle).as("the step that settles and pays waits for the job executor").isNotNull();
        assertThat(dispute(id).get("availableActions").toString()).as("not offered while it is executed")
                .doesNotContain("cancellation");

        ResponseEntity<JsonNode> refused = api.post(STOREFRONT, "/api/disputes/" + id + "/cancellation", null);
        DisputeApiTest.assertProblem(refused, HttpStatus.CONFLICT, "action-not-allowed");
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("R9");
        assertThat(refused.getBody().get("detail").asText()).contains("agreement is being executed");

        disputes.runJobs(id);
        assertThat(dispute(id).get("status").asText()).isEqualTo("REFUNDED");
    }

    /**
     * The buyer cancelled while the agent had "Respond to dispute" open: answering it says why the task is gone, in
     * words and without the task's id, instead of the engine's error for a missing task.
     */
    @Test
    void aTaskTheBuyersCancellationEnded_answered_404SaysWhy() throws Exception {
        String id = open(false);
        String task = disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId();
        assertThat(api.post(STOREFRONT, "/api/disputes/" + id + "/cancellation", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<String> answered = api.completeTask(ADMIN, task, Map.of("sellerDecision", "ACCEPT"));

        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode problem = new ObjectMapper().readTree(answered.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("https://disputeflow.io/problems/task-gone");
        assertThat(problem.get("message").asText()).contains("the buyer changed or cancelled it").doesNotContain(task);
    }

    private String open(boolean returnOffered) {
        Map<String, Object> request = openRequest("O-DOOR-" + System.nanoTime(), NORTH_1, "DEFECTIVE", "30.00", NOW);
        request.put("returnOffered", returnOffered);
        return opened(request);
    }

    private ResponseEntity<String> answer(String id, Map<String, Object> answer) {
        ResponseEntity<String> answered = api.completeTask(ADMIN, disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(),
                answer);
        disputes.runJobs(id);
        return answered;
    }

    private static void assertDeadlinePassed(ResponseEntity<JsonNode> response, String rule) {
        DisputeApiTest.assertProblem(response, HttpStatus.CONFLICT, "deadline-passed");
        assertThat(response.getBody().get("rule").asText()).isEqualTo(rule);
        assertThat(response.getBody().get("deadline").asText()).isNotBlank();
        assertThat(response.getBody().get("instead").asText()).isNotBlank();
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
