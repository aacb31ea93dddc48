package io.disputeflow.negotiation;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiTestSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Property: a seller's answer that breaks the rules (no or unknown decision, a rejection without a message, a
 * counter-offer without type or with a missing, malformed or too high amount, variables of the wrong type,
 * a broken request body), sent the way Tasklist sends it, is refused with a 4xx; the task stays open and the
 * dispute's record and timeline are unchanged. Then a valid answer still completes the task.
 */
class InvalidTaskCompletionsPropertyTest extends ApiTestSupport {

    static final int TRIES = 520;

    @Test
    void everyInvalidSellerAnswerIsRefusedAndChangesNothing() {
        String id = api.post(STOREFRONT, "/api/disputes", openRequest("O-TASK-" + System.nanoTime(), NORTH_1,
                "DEFECTIVE", "30.00", NOW)).getBody().get("id").asText();
        disputes.runJobs(id);
        Task respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE);
        int timeline = records.timelineActions(id).size();

        List<Object> bodies = Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, invalidAnswers().map(InvalidTaskCompletionsPropertyTest::typed)),
                        net.jqwik.api.Tuple.of(1, brokenBodies()))
                .sampleStream().limit(TRIES).toList();
        for (Object body : bodies) {
            ResponseEntity<String> answer = complete(respond, body);
            String context = "completion " + body + " answered " + answer.getStatusCode() + " " + answer.getBody();
            assertThat(answer.getStatusCode().is4xxClientError()).as(context).isTrue();
            assertThat(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId()).as(context).isEqualTo(respond.getId());
        }

        assertThat(bodies).hasSizeGreaterThanOrEqualTo(500);
        assertThat(records.timelineActions(id)).hasSize(timeline);
        assertThat(records.get(id).status().name()).isEqualTo("AWAITING_SELLER");
        assertThat(runtime.getVariable(respond.getProcessInstanceId(), "sellerDecision")).isNull();
        assertThat(complete(respond, typed(Map.of("sellerDecision", "ACCEPT"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    ResponseEntity<String> complete(Task task, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return api.as(ADMIN).exchange("/engine-rest/task/" + task.getId() + "/complete", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }

    /** Answers each of which breaks at least one rule of {@link SellerResponseRules}. */
    static Arbitrary<Map<String, Object>> invalidAnswers() {
        Arbitrary<Object> badDecisions = Arbitraries.oneOf(
                Arbitraries.of("", " ", "accept", "Reject", "COUNTER", "REFUND", "YES"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                        .filter(text -> !List.of("ACCEPT", "REJECT", "COUNTER_OFFER").contains(text.trim())),
                Arbitraries.integers().map(number -> (Object) number),
                Arbitraries.of(true, false));
        Arbitrary<Object> badAmounts = Arbitraries.oneOf(
                Arbitraries.of("", "abc", "-1.00", "0", "0.00", "1.234", "1e2", "NaN", "40.01", "40,01", "1,234", "1,2,3"),
                Arbitraries.integers().between(41, 1_000_000).map(amount -> (Object) (amount + ".00")),
                Arbitraries.integers().lessOrEqual(0).map(amount -> (Object) amount));
        Arbitrary<Object> badTypes = Arbitraries.oneOf(Arbitraries.of("", "DISCOUNT", "partial_refund", "REFUND"),
                Arbitraries.integers().map(number -> (Object) number));
        Arbitrary<String> blankMessages = Arbitraries.of("", " ", "\t", "   \n ");

        return Arbitraries.oneOf(
                badDecisions.map(decision -> answer("sellerDecision", decision, "sellerMessage", "Hello")),
                Arbitraries.just(answer("sellerMessage", "no decision at all")),
                blankMessages.map(message -> answer("sellerDecision", "REJECT", "sellerMessage", message)),
                Arbitraries.just(answer("sellerDecision", "REJECT")),
                badTypes.map(type -> answer("sellerDecision", "COUNTER_OFFER", "counterOfferType", type,
                        "counterOfferAmount", "5.00")),
                Combinators.combine(Arbitraries.of("PARTIAL_REFUND", "REFUND_WITH_RETURN"), badAmounts)
                        .as((type, amount) -> answer("sellerDecision", "COUNTER_OFFER", "counterOfferType", type,
                                "counterOfferAmount", amount)),
                Arbitraries.of("PARTIAL_REFUND", "REFUND_WITH_RETURN")
                        .map(type -> answer("sellerDecision", "COUNTER_OFFER", "counterOfferType", type)));
    }

    static Map<String, Object> answer(Object... namesAndValues) {
        Map<String, Object> answer = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            answer.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return answer;
    }

    /** As Tasklist and /engine-rest send variables: {"variables": {"name": {"value": ...}}}. */
    static Object typed(Map<String, Object> answer) {
        Map<String, Object> variables = new LinkedHashMap<>();
        answer.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    /** Bodies the REST API cannot even read as variables. */
    static Arbitrary<Object> brokenBodies() {
        return Arbitraries.of(
                "{\"variables\": 5}",
                "{\"variables\": {\"sellerDecision\": {\"value\": \"ACCEPT\", \"type\": \"Integer\"}}}",
                "{\"variables\": {\"counterOfferAmount\": {\"value\": \"x\", \"type\": \"Double\"}}, \"x\": 1}",
                "{\"variables\": {\"sellerDecision\": {\"value\": \"ACCEPT\", \"type\": \"NoSuchType\"}}}",
                "{\"variables\": [1, 2]}",
                "[]",
                "{\"variables\": {\"sellerDecision\": \"ACCEPT\"}}",
                "{\"variables\":");
    }
}
