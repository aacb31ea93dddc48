package io.disputeflow.supervision;

import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.onboarding.StoreDirectory;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiTestSupport;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * R2: a seller's silence refunds the buyer's proposal. The supervisors' overview (Cockpit's "Disputes" dashboard)
 * shows what that puts at risk, per store and in total, and the deadlines that fall due or have passed, each with
 * its rule, consequence and amount; a store supervisor sees his company's stores only, the platform every store.
 */
class SupervisionOverviewApiTest extends ApiTestSupport {

    @Autowired
    StoreDirectory storeDirectory;

    final String run = "so" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void R2_moneyAtRiskAndDueDeadlinesOfASupervisorsStores_noneOfAnotherCompany() {
        String a1 = run + "-a1";
        String a2 = run + "-a2";
        String b1 = run + "-b1";
        storeDirectory.register(run + "-a", "Company A", a1, "Alpha One " + run);
        storeDirectory.register(run + "-a", "Company A", a2, "Alpha Two " + run);
        storeDirectory.register(run + "-b", "Company B", b1, "Beta One " + run);
        String supervisorA = person("sup-a", PlatformGroup.STORE_SUPERVISORS, run + "-a");
        String agentA = person("agent-a", PlatformGroup.SELLER_AGENTS, run + "-a");
        String platform = person("platform", PlatformGroup.ARBITRATION_SUPERVISORS, null);
        String first = open(a1, "12.00");
        open(a1, "20.50");
        open(a2, "7.25");
        open(b1, "30.00");
        String escalated = open(a2, "5.00");
        assertThat(api.completeTask(ApiFixture.ADMIN, disputes.task(escalated, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "REJECT", "sellerMessage", "As described")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        disputes.runJobs(escalated);
        assertThat(api.post(ApiFixture.STOREFRONT, "/api/disputes/" + escalated + "/escalation", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        disputes.runJobs(escalated);

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(4 * 24 + 12))));
        JsonNode mine = overview(supervisorA);

        assertThat(mine.get("scope").asText()).isEqualTo("my stores");
        assertThat(mine.get("stores").findValuesAsText("storeName"))
                .containsExactly("Alpha One " + run, "Alpha Two " + run);
        assertThat(mine.toString()).doesNotContain(b1, "Beta One");
        JsonNode alphaOne = mine.at("/stores/0");
        assertThat(alphaOne.get("companyName").asText()).isEqualTo("Company A");
        assertThat(alphaOne.get("openDisputes").asInt()).isEqualTo(2);
        assertThat(alphaOne.at("/byStatus/0/label").asText()).isEqualTo("waiting for the seller's answer");
        assertThat(alphaOne.at("/moneyAtRisk/0/rule").asText()).isEqualTo("R2");
        assertThat(new BigDecimal(alphaOne.at("/moneyAtRisk/0/amount").asText())).isEqualByComparingTo("32.50");
        assertThat(mine.at("/stores/1/disputeRate/counted").asInt()).as("R18: the escalated dispute counts").isEqualTo(1);
        assertThat(alphaOne.at("/disputeRate/counted").asInt()).isZero();
        assertThat(alphaOne.at("/disputeRate/rate").isNull()).as("no order volumes reported").isTrue();
        assertThat(mine.get("moneyAtRisk")).hasSize(1);
        assertThat(new BigDecimal(mine.at("/moneyAtRisk/0/amount").asText())).isEqualByComparingTo("39.75");
        assertThat(mine.get("dueWithinADay").findValuesAsText("disputeId")).hasSize(3).contains(first);
        assertThat(mine.at("/arbitrationIntake/cases").asInt()).as("R10: the escalated case waits for intake").isEqualTo(1);
        assertThat(mine.get("overdue").findValuesAsText("rule")).as("its 2 working days have passed").containsExactly("R10");
        assertThat(mine.get("incidents")).isEmpty();
        JsonNode firstDue = find(mine.get("dueWithinADay"), first);
        assertThat(firstDue.get("rule").asText()).isEqualTo("R2");
        assertThat(firstDue.get("otherwise").asText()).isEqualTo("The buyer's proposal is refunded automatically");
        assertThat(new BigDecimal(firstDue.at("/atRisk/amount").asText())).isEqualByComparingTo("12.00");
        assertThat(firstDue.get("storeName").asText()).isEqualTo("Alpha One " + run);

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(6))));
        assertThat(overview(supervisorA).get("overdue").findValuesAsText("disputeId")).hasSize(4).contains(first, escalated);

        JsonNode everyStore = overview(platform);
        assertThat(everyStore.get("scope").asText()).isEqualTo("every store");
        assertThat(everyStore.get("stores").findValuesAsText("storeId")).contains(a1, a2, b1);

        ResponseEntity<JsonNode> agent = api.get(agentA, "/api/supervision/overview");
        assertThat(agent.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private JsonNode overview(String user) {
        ResponseEntity<JsonNode> response = api.get(user, "/api/supervision/overview");
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static JsonNode find(JsonNode rows, String disputeId) {
        for (JsonNode row : rows) {
            if (row.get("disputeId").asText().equals(disputeId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + disputeId + " in " + rows);
    }

    private String open(String storeId, String amount) {
        return opened(openRequest("O-" + UUID.randomUUID(), storeId, "DEFECTIVE", amount, NOW));
    }

    private String person(String name, PlatformGroup role, String companyId) {
        String id = run + "-" + name;
        User user = identity.newUser(id);
        user.setFirstName(name);
        user.setLastName("Test");
        user.setPassword(ApiFixture.password(id));
        identity.saveUser(user);
        identity.createMembership(id, role.id());
        if (companyId != null) {
            storeDirectory.addMember(companyId, id);
        }
        return id;
    }
}
