package io.disputeflow.browser;

import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.refund.RefundLedger;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * A platform arbitrator works an escalated dispute in Camunda Tasklist: takes up the case and rules a full
 * refund through the Camunda Forms; the refund is then paid once.
 */
class ArbitratorBrowserTest extends WebappTestSupport {

    @Autowired
    RefundLedger ledger;

    @Test
    void arbitratorTakesUpTheCaseAndRulesAFullRefund() {
        String store = run + "-s1";
        store(run + "-c", store);
        String arbitrator = run + "-arbitrator";
        person(arbitrator, PlatformGroup.ARBITRATORS.id(), List.of(store));
        allTasksFilter();
        String id = openDispute(store, "NOT_AS_DESCRIBED", "40.00");
        tasks.complete(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "REJECT", "sellerMessage", "As described on the product page"));
        disputes.runJobs(id);
        assertThat(api.post(STOREFRONT, "/api/disputes/" + id + "/escalation", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        disputes.runJobs(id);
        String filterName = "Cases " + run;
        filters.saveFilter(filters.newTaskFilter(filterName)
                .setOwner(arbitrator)
                .setQuery(tasks.createTaskQuery().processVariableValueLike("storeId", run + "-%"))
                .setProperties(Map.of("priority", -100, "refresh", false)));

        Browser browser = browser();
        Tasklist tasklist = Tasklist.signIn(browser, arbitrator, arbitrator + "-secret").filter(filterName);
        String intake = disputes.task(id, Tasks.TAKE_UP_ARBITRATION_CASE).getId();
        assertThat(tasklist.taskIds()).containsExactly(intake);
        tasklist.open(intake);
        assertThat(tasklist.codesShown()).as("the task reads as words, no codes").isEmpty();
        assertThat(tasklist.taskName()).startsWith("Take up arbitration case " + id + " · 40.00 USD");
        browser.screenshot("intake-opened");
        tasklist.claim().check("I take up this case");
        browser.screenshot("intake-filled");
        tasklist.complete(intake);
        disputes.runJobs(id);

        String ruling = disputes.task(id, Tasks.RULE_ON_DISPUTE).getId();
        assertThat(tasks.createTaskQuery().taskId(ruling).singleResult().getAssignee()).isEqualTo(arbitrator);
        tasklist.reload(filterName);
        assertThat(tasklist.taskIds()).containsExactly(ruling);
        tasklist.open(ruling);
        assertThat(tasklist.codesShown()).as("the task reads as words, no codes").isEmpty();
        assertThat(tasklist.taskName()).startsWith("Rule on dispute " + id + " · 40.00 USD");
        browser.screenshot("ruling-opened");
        tasklist.radio("Ruling", "Full refund")
                .type("Reasons for the ruling", "The photos show a different item than the product page");
        browser.screenshot("ruling-filled");
        tasklist.complete(ruling);
        browser.screenshot("ruled");
        disputes.runJobs(id);

        JsonNode ruled = dispute(id);
        assertThat(ruled.get("status").asText()).isEqualTo("REFUNDED");
        assertThat(ruled.at("/ruling/outcome").asText()).isEqualTo("FULL_REFUND");
        assertThat(ruled.get("refunds")).hasSize(1);
        assertThat(ruled.at("/refunds/0/amount/amount").asText()).isEqualTo("40.00");
        assertThat(ledger.refundsOfDispute(id)).containsExactly(new BigDecimal("40.00"));
    }
}
