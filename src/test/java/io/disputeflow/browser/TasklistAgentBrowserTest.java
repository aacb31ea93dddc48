package io.disputeflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Tasks;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A seller service agent of company A works in Camunda Tasklist: sees the refund requests of both of A's stores
 * and none of company B's, and answers one with a counter-offer through the Camunda Form.
 */
class TasklistAgentBrowserTest extends WebappTestSupport {

    String storeA1;
    String storeA2;
    String storeB1;
    String agent;
    String disputeA1;
    String disputeA2;
    String disputeB1;
    String filterName;

    @BeforeEach
    void twoCompaniesWithDisputesAndAnAgentOfTheFirst() {
        storeA1 = run + "-a1";
        storeA2 = run + "-a2";
        storeB1 = run + "-b1";
        store(run + "-a", storeA1);
        store(run + "-a", storeA2);
        store(run + "-b", storeB1);
        agent = run + "-agent";
        person(agent, PlatformGroup.SELLER_AGENTS.id(), List.of(storeA1, storeA2));
        allTasksFilter();
        disputeA1 = openDispute(storeA1, "PRICE_DROP", "12.00");
        disputeA2 = openDispute(storeA2, "DEFECTIVE", "20.00");
        disputeB1 = openDispute(storeB1, "DEFECTIVE", "30.00");
        // The shared database holds other tests' tasks too: the agent's own filter narrows the list to this test's
        // stores (all named after the run).
        filterName = "Disputes " + run;
        Filter filter = filters.newTaskFilter(filterName)
                .setOwner(agent)
                .setQuery(tasks.createTaskQuery().processVariableValueLike("storeId", run + "-%"))
                .setProperties(Map.of("priority", -100, "refresh", false, "variables", List.of(
                        Map.of("name", "disputeId", "label", "Dispute"),
                        Map.of("name", "storeId", "label", "Store"))));
        filters.saveFilter(filter);
    }

    String respondTask(String disputeId) {
        return disputes.task(disputeId, Tasks.RESPOND_TO_DISPUTE).getId();
    }

    @Test
    void agentSeesAllStoresOfTheCompanyAndNoneOfAnother_andAnswersWithACounterOffer() {
        Browser browser = browser();
        Tasklist tasklist = Tasklist.signIn(browser, agent, agent + "-secret").filter(filterName);
        browser.screenshot("task-list");

        assertThat(tasklist.taskIds())
                .as("an agent of company A sees the tasks of stores %s and %s, none of %s (company B)",
                        storeA1, storeA2, storeB1)
                .containsExactlyInAnyOrder(respondTask(disputeA1), respondTask(disputeA2))
                .doesNotContain(respondTask(disputeB1));

        String task = respondTask(disputeA1);
        tasklist.open(task);
        assertThat(tasklist.codesShown()).as("the task reads as words, no codes").isEmpty();
        assertThat(tasklist.taskName()).isEqualTo("Respond to dispute " + disputeA1 + " · 12.00 USD · price drop");
        browser.screenshot("task-opened");
        tasklist.claim();
        tasklist.radio("Your answer", "Make a counter-offer")
                .select("Counter-offer", "Partial refund")
                .type("Refund amount offered", "8.00")
                .type("Message to the buyer", "We refund the price difference of 8.00");
        browser.screenshot("form-filled");
        tasklist.complete(task);
        browser.screenshot("completed");

        disputes.runJobs(disputeA1);
        JsonNode answered = dispute(disputeA1);
        assertThat(answered.get("status").asText()).isEqualTo("NEGOTIATING");
        assertThat(answered.at("/sellerAnswer/decision").asText()).isEqualTo("COUNTER_OFFER");
        assertThat(answered.at("/sellerAnswer/counterOffer/amount").asText()).isEqualTo("8.00");
        assertThat(answered.at("/sellerAnswer/counterOfferType").asText()).isEqualTo("PARTIAL_REFUND");
        assertThat(answered.at("/sellerAnswer/message").asText()).isEqualTo("We refund the price difference of 8.00");
        assertThat(disputes.task(disputeA1, Tasks.RESPOND_TO_DISPUTE)).isNull();
    }
}
