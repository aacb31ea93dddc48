package io.disputeflow.api;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.buyercare.BuyerMessages;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.support.ApiTestSupport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.FormService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The seller's service duties end to end on PostgreSQL: what the agent does in Tasklist (through the engine's REST
 * API, as Tasklist does) and what the marketplace API then shows.
 */
class SellerServiceDutiesApiTest extends ApiTestSupport {

    static final AtomicInteger ORDERS = new AtomicInteger();

    @Autowired
    BuyerMessages buyerMessages;
    @Autowired
    FormService forms;

    String open(String reason) {
        return open(reason, null);
    }

    String open(String reason, String buyerId) {
        Map<String, Object> request = openRequest("O-CARE-" + ORDERS.incrementAndGet(), NORTH_1, reason, "40.00", NOW);
        if (buyerId != null) {
            request.put("buyerId", buyerId);
        }
        return opened(request);
    }

    ResponseEntity<String> answer(String id, Map<String, Object> answer) {
        Task respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE);
        ResponseEntity<String> completed = api.completeTask(ADMIN, respond.getId(), answer);
        disputes.runJobs(id);
        return completed;
    }

    @Test
    void R8_protectionExtendedByTheSeller_apiShowsTheNewEndItsTimelineEntryAndTheMovedDeadline() {
        String id = open("NO_TRACKING_UPDATE");
        Instant oldEnd = NOW.plus(40, ChronoUnit.DAYS);
        Instant newEnd = oldEnd.plus(10, ChronoUnit.DAYS);
        assertThat(dispute(id).at("/order/protectionEndsAt").asText()).isEqualTo(oldEnd.toString());

        Map<String, Object> tooLong = new LinkedHashMap<>(Map.of("sellerDecision", "REJECT",
                "replyTemplate", "L1", "protectionExtensionDays", 31));
        ResponseEntity<String> refused = answer(id, tooLong);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("from 1 to 30");
        assertThat(dispute(id).at("/order/protectionEndsAt").asText()).isEqualTo(oldEnd.toString());

        ResponseEntity<String> answered = answer(id, Map.of("sellerDecision", "REJECT", "replyTemplate", "L1",
                "protectionExtensionDays", 10));
        assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode read = dispute(id);
        assertThat(read.at("/order/protectionEndsAt").asText()).isEqualTo(newEnd.toString());
        JsonNode extended = null;
        for (JsonNode entry : read.get("timeline")) {
            if (entry.get("action").asText().equals("PROTECTION_EXTENDED")) {
                extended = entry;
            }
        }
        assertThat(extended).as("timeline entry PROTECTION_EXTENDED").isNotNull();
        assertThat(extended.get("detail").asText()).contains("by 10 days", "2027-01-12 10:00 UTC");
        assertThat(extended.get("actor").asText()).isEqualTo(ADMIN);
        JsonNode r8 = null;
        for (JsonNode deadline : read.get("deadlines")) {
            if (deadline.get("rule").asText().equals("R8")) {
                r8 = deadline;
            }
        }
        assertThat(r8).as("the R8 deadline in " + read.get("deadlines")).isNotNull();
        assertThat(r8.get("dueAt").asText()).isEqualTo(newEnd.toString());
        assertThat(buyerMessages.bodies(id)).singleElement().asString()
                .as("L1 quotes the extended end").contains("Jan 12, 2027").doesNotContain("Jan 2, 2027");
    }

    @Test
    void abuseReport_flagOnTheRecordAndTheBuyer_supervisorsTask_andTheArbitratorsCaseFileShowsIt() {
        String buyer = "buyer-extorts-" + ORDERS.incrementAndGet();
        String earlier = open("USAGE_PROBLEM", buyer);
        answer(earlier, Map.of("sellerDecision", "REJECT", "sellerMessage", "Works as shown in the manual",
                "reportAbuse", true, "abuseReportReason", "Asked for money to cancel"));
        String id = open("USAGE_PROBLEM", buyer);
        assertThat(dispute(id).get("abuseReported").asBoolean()).isFalse();

        ResponseEntity<String> answered = answer(id, Map.of("sellerDecision", "REJECT",
                "sellerMessage", "The product works, see our video", "reportAbuse", true,
                "abuseReportReason", "Wants a 30% refund to cancel the dispute"));
        assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode read = dispute(id);
        assertThat(read.get("abuseReported").asBoolean()).isTrue();
        assertThat(read.get("timeline").findValuesAsText("action")).contains("ABUSE_REPORTED");
        assertThat(read.get("timeline").findValuesAsText("detail"))
                .anySatisfy(detail -> assertThat(detail).contains("Wants a 30% refund", "2 reports against this buyer"));
        assertThat(jdbc.queryForObject("SELECT reports FROM buyer_abuse_report WHERE buyer_id = ?", Integer.class,
                buyer)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT abuse_report_reason FROM dispute WHERE id = ?", String.class, id))
                .isEqualTo("Wants a 30% refund to cancel the dispute");

        Task review = disputes.task(id, Tasks.REVIEW_ABUSE_REPORT);
        assertThat(review).as("Review abuse report").isNotNull();
        assertThat(tasks.getIdentityLinksForTask(review.getId())).anySatisfy(link ->
                assertThat(link.getGroupId()).isEqualTo("arbitration-supervisors"));
        assertThat(review.getDueDate().toInstant()).isEqualTo(NOW.plus(2, ChronoUnit.DAYS));
        assertThat((String) forms.getTaskFormVariables(review.getId()).get(Variables.ABUSE_REPORT))
                .contains("Wants a 30% refund to cancel the dispute", "2 times in all", "pending");

        ResponseEntity<JsonNode> escalated = api.post(STOREFRONT, "/api/disputes/" + id + "/escalation", null);
        assertThat(escalated.getStatusCode()).isEqualTo(HttpStatus.OK);
        disputes.runJobs(id);
        Task takeUp = disputes.task(id, Tasks.TAKE_UP_ARBITRATION_CASE);
        assertThat((String) forms.getTaskFormVariables(takeUp.getId()).get(Variables.ABUSE_REPORT))
                .as("the arbitrator's case file").contains("reported the buyer for abuse", "Wants a 30% refund");
        assertThat(review.getTenantId()).isEqualTo(takeUp.getTenantId());
    }
}
