package io.disputeflow.intake;

import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.overview.DisputeViews;
import io.disputeflow.process.DisputeProcesses;
import io.disputeflow.support.ApiTestSupport;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The 201 of {@code POST /api/disputes} is built from the record and one query of what the new process waits for;
 * it must say exactly what {@code GET /api/disputes/{id}} says at that moment, field by field.
 */
class OpeningAnswerFromTheRecordTest extends ApiTestSupport {

    @Autowired
    DisputeProcesses processes;
    @Autowired
    DisputeViews views;

    @ParameterizedTest
    @ValueSource(strings = {"NOT_AS_DESCRIBED", "NO_TRACKING_UPDATE", "CHANGED_MIND", "LOST", "PRICE_DROP"})
    void theOpeningAnswerIsWhatAReadSaysRightAfter(String reason) {
        ResponseEntity<JsonNode> opened = api.post(STOREFRONT, "/api/disputes",
                openRequest("ORD-REC-" + UUID.randomUUID(), NORTH_1, reason, "25.00", NOW));
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = opened.getBody().get("id").asText();

        JsonNode read = dispute(id);

        assertThat(opened.getBody()).isEqualTo(read);
        assertThat(read.get("deadlines")).as("the new process's deadlines are in the answer").isNotEmpty();
        assertThat(read.get("availableActions")).isNotEmpty();
        assertThat(read.get("timeline").findValuesAsText("action")).containsExactly("OPENED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOT_AS_DESCRIBED", "NO_TRACKING_UPDATE", "LOST"})
    void theOneQueryReadsTheSameDeadlinesAndWaitsAsTheEngineQueriesLaterToo(String reason) {
        String id = opened(openRequest("ORD-REC-" + UUID.randomUUID(), NORTH_1, reason, "25.00", NOW));

        DisputeProcesses.Waits waits = processes.waits(id);

        assertThat(waits.deadlines()).isEqualTo(processes.openDeadlines(id)).isNotEmpty();
        assertThat(waits.awaitedMessages()).isEqualTo(processes.awaitedMessages(id));
        assertThat(views.opened(id)).isEqualTo(views.of(id));
        if (!"NOT_AS_DESCRIBED".equals(reason)) {
            assertThat(waits.deadlines()).as("R8 once classified as not arrived")
                    .anySatisfy(deadline -> assertThat(deadline.rule()).isEqualTo("R8"));
        }
    }
}
