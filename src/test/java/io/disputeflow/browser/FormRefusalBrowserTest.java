package io.disputeflow.browser;

import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Tasks;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A seller's agent meets the rules in Tasklist's form as field messages in words: what the form can check it checks
 * before submit (a counter-offer above what the buyer paid), what only the server knows comes back as a 400 with one
 * sentence naming the field as the form labels it; never a 500 or an ENGINE- code; the task stays open with what was
 * typed.
 */
class FormRefusalBrowserTest extends WebappTestSupport {

    String agent;
    String filterName;
    String dispute;

    @BeforeEach
    void anAgentWithADisputeOfForty() {
        String store = run + "-s1";
        store(run + "-c", store);
        agent = run + "-agent";
        person(agent, PlatformGroup.SELLER_AGENTS.id(), List.of(store));
        dispute = openDispute(store, "PRICE_DROP", "12.00");
        filterName = "Disputes " + run;
        Filter filter = filters.newTaskFilter(filterName).setOwner(agent)
                .setQuery(tasks.createTaskQuery().processVariableValueLike("storeId", run + "-%"))
                .setProperties(Map.of("priority", -100, "refresh", false));
        filters.saveFilter(filter);
    }

    @Test
    void aCounterOfferAboveWhatTheBuyerPaid_isFlaggedBeforeSubmit_andRefusedWithA400InWords() {
        String task = disputes.task(dispute, Tasks.RESPOND_TO_DISPUTE).getId();
        Browser browser = browser();
        Tasklist tasklist = Tasklist.signIn(browser, agent, agent + "-secret").filter(filterName).open(task).claim();
        tasklist.radio("Your answer", "Make a counter-offer")
                .select("Counter-offer", "Partial refund")
                .type("Refund amount offered", "800,00");
        assertThat(tasklist.codesShown()).as("the form reads as words").isEmpty();

        assertThat(browser.visible(By.xpath("//*[contains(@class,'fjs-form-field-text')]"
                + "[contains(normalize-space(.),'More than the buyer paid')]")).getText())
                .as("the form says so before submit").contains("at most 40.00 USD can be refunded");
        browser.screenshot("above-paid");

        long status = tasklist.completeRefused();
        browser.screenshot("refused");
        assertThat(status).as("the HTTP status of Tasklist's submit").isEqualTo(400);
        String expected = "\u201CRefund amount offered\u201D 800.00 USD is more than the buyer paid (40.00 USD)";
        assertThat(tasklist.notifications()).contains(expected).doesNotContain("ENGINE-", "counterOfferAmount");
        assertThat(tasklist.fieldError("Refund amount offered")).contains(expected);

        ResponseEntity<String> refused = api.completeTask(agent, task, Map.of("sellerDecision", "COUNTER_OFFER",
                "counterOfferType", "PARTIAL_REFUND", "counterOfferAmount", "800.00"));
        assertThat(refused.getStatusCode()).as("/engine-rest answers the same").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(refused.getBody()).contains(expected, "\"field\":\"counterOfferAmount\"", "\"rule\":\"R19\"")
                .doesNotContain("ENGINE-");

        tasklist.type("Refund amount offered", "8,50");
        assertThat(tasklist.fieldError("Refund amount offered")).as("a new value clears the refusal").isEmpty();
        tasklist.complete(task);
        disputes.runJobs(dispute);
        JsonNode answered = dispute(dispute);
        assertThat(answered.at("/sellerAnswer/counterOffer/amount").asText()).as("a comma is a decimal separator")
                .isEqualTo("8.50");
    }

    @Test
    void aRejectionWithoutAMessage_isRefusedWithA400NamingTheField_andTheTaskStaysOpenWithWhatWasTyped() {
        String task = disputes.task(dispute, Tasks.RESPOND_TO_DISPUTE).getId();
        Browser browser = browser();
        Tasklist tasklist = Tasklist.signIn(browser, agent, agent + "-secret").filter(filterName).open(task).claim();
        tasklist.radio("Your answer", "Reject").check("Report the buyer for abuse")
                .type("What the buyer demands or did", "Asks for 30% to close the dispute");

        long status = tasklist.completeRefused();
        browser.screenshot("refused");

        assertThat(status).as("the HTTP status of Tasklist's submit").isEqualTo(400);
        String expected = "\u201CMessage to the buyer\u201D is required when you reject";
        assertThat(tasklist.notifications()).contains(expected).doesNotContain("ENGINE-", "sellerMessage", "500");
        assertThat(tasklist.fieldError("Message to the buyer")).as("the field itself says what to change")
                .contains(expected);
        assertThat(disputes.task(dispute, Tasks.RESPOND_TO_DISPUTE).getId()).as("the task stays open").isEqualTo(task);
        assertThat(browser.visible(By.xpath("//div[contains(@class,'fjs-form-field')]"
                + "[./label[starts-with(normalize-space(.),\"What the buyer demands\")]]//textarea|//div[contains(@class,"
                + "'fjs-form-field')][./label[starts-with(normalize-space(.),\"What the buyer demands\")]]//input"))
                .getAttribute("value")).as("what was typed stays").isEqualTo("Asks for 30% to close the dispute");

        tasklist.type("Message to the buyer", "The price was the same on the day of your order");
        tasklist.complete(task);
        disputes.runJobs(dispute);
        assertThat(dispute(dispute).at("/sellerAnswer/decision").asText()).isEqualTo("REJECT");
    }

    /**
     * The buyer cancelled while the agent was answering: submitting says the task is gone and why, and so does
     * opening its link again, in words and without the task's id.
     */
    @Test
    void aTaskTheBuyerCancelledMeanwhile_saysItIsGoneAndWhy_onSubmitAndOnReopening() {
        String task = disputes.task(dispute, Tasks.RESPOND_TO_DISPUTE).getId();
        Browser browser = browser();
        Tasklist tasklist = Tasklist.signIn(browser, agent, agent + "-secret").filter(filterName).open(task).claim();
        tasklist.radio("Your answer", "Accept the buyer's proposal");
        assertThat(api.post(STOREFRONT, "/api/disputes/" + dispute + "/cancellation", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        long status = tasklist.completeRefused();
        browser.screenshot("gone-on-submit");

        assertThat(status).isEqualTo(404);
        assertThat(tasklist.notifications()).contains("the buyer changed or cancelled it")
                .doesNotContain(task, "ENGINE-");

        browser.open("/camunda/app/tasklist/default/#/?task=" + task);
        browser.driver().navigate().refresh();
        browser.visible(By.cssSelector(".notifications .alert"));
        browser.screenshot("gone-on-reopening");
        assertThat(tasklist.notifications()).contains("no longer")
                .doesNotContain(task, "No matching task", "<task>");
    }
}
