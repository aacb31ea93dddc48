package io.disputeflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Tasks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.http.HttpStatus;

/**
 * Cockpit's "Dispute" tab (issue 14): a store supervisor reads the dispute of a process instance of his store in
 * words; a supervisor of another company gets nothing of it, neither from the tab nor from its data source.
 */
class DisputeTabBrowserTest extends WebappTestSupport {

    static final String REJECTION = "The listing shows this exact charger";

    @Test
    void storeSupervisor_readsTheDisputeTab_statusInWordsAndTimeline() {
        String store = run + "-a";
        store(run + "-ca", store);
        String supervisor = run + "-sofia";
        person(supervisor, PlatformGroup.STORE_SUPERVISORS.id(), List.of(store));
        String instance = rejectedDispute(store);

        Browser browser = browser();
        browser.signIn("cockpit", supervisor, supervisor + "-secret");
        browser.open("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
        browser.clickable(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Dispute']")).click();
        WebElement timeline = browser.visible(By.cssSelector(".df-dispute-timeline"));
        WebElement tab = browser.visible(By.cssSelector(".df-dispute-tab"));
        browser.scrollToCenter(tab);
        browser.screenshot("dispute-tab");

        assertThat(tab.getText()).contains("Store " + store, "negotiating", "Buyer paid", "40.00 USD",
                "not as described", "UTC").doesNotContain("NEGOTIATING", "NOT_AS_DESCRIBED", "STATUS_");
        assertThat(timeline.getText()).contains("The buyer", supervisor.replace("-sofia", "-alex") + " Browser",
                REJECTION, "DisputeFlow (automatic)");
        assertThat(browser.visible(By.cssSelector(".df-dispute-deadlines")).getText())
                .contains("UTC", "escalated to platform arbitration");
    }

    @Test
    void supervisorOfAnotherCompany_getsNothingOfTheDispute_fromTheTabOrItsDataSource() {
        String store = run + "-b";
        store(run + "-cb", store);
        String otherStore = run + "-x";
        store(run + "-cx", otherStore);
        String outsider = run + "-sam";
        person(outsider, PlatformGroup.STORE_SUPERVISORS.id(), List.of(otherStore));
        String instance = rejectedDispute(store);
        String path = "/api/process-instances/" + instance + "/dispute-record";

        assertThat(api.get(outsider, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        String insider = run + "-agent";
        person(insider, PlatformGroup.SELLER_AGENTS.id(), List.of(store));
        assertThat(api.get(insider, path).getStatusCode()).as("the same request of the store's own people")
                .isEqualTo(HttpStatus.OK);

        Browser browser = browser();
        browser.signIn("cockpit", outsider, outsider + "-secret");
        browser.open("/camunda/app/cockpit/default/#/processes");
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + "  return r.text().then(function (body) { done(r.status + '|' + body); }); })"
                        + ".catch(function (e) { done('failed ' + e); });", path);
        assertThat(answer.toString()).startsWith("404|").doesNotContain(REJECTION, "Store " + store);
        browser.open("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
        browser.waiting().until(driver -> driver.findElement(By.tagName("body")).getText().length() > 0);
        assertThat(browser.driver().findElements(By.cssSelector(".df-dispute-tab"))).isEmpty();
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain(REJECTION);
    }

    @Test
    void agent_readsTheDisputeTab_nextToTheTaskForm_inTasklist() {
        String store = run + "-t";
        store(run + "-ct", store);
        String agent = run + "-anna";
        person(agent, PlatformGroup.SELLER_AGENTS.id(), List.of(store));
        String id = openDispute(store, "DEFECTIVE", "25.00");
        String respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId();
        String filter = "Dispute tab " + agent;
        filters.saveFilter(filters.newTaskFilter(filter).setOwner(agent)
                .setQuery(tasks.createTaskQuery().processVariableValueEquals("storeId", store))
                .setProperties(Map.of("priority", -100, "refresh", false)));

        Browser browser = browser();
        Tasklist.signIn(browser, agent, agent + "-secret").filter(filter).open(respond);
        browser.clickable(By.xpath("//div[contains(@class,'tabbed-content')]//ul[contains(@class,'nav-tabs')]"
                + "//a[normalize-space(.)='Dispute']")).click();
        WebElement tab = browser.visible(By.cssSelector(".tabbed-content .df-dispute-tab"));
        browser.screenshot("task-dispute-tab");

        assertThat(tab.getText()).contains("Dispute " + id, "Store " + store, "waiting for the seller's answer",
                "25.00 USD", "The buyer", "Refund request for 25.00 USD").doesNotContain("AWAITING_SELLER");
    }

    /** A dispute the buyer opened and the store's agent rejected; its main process instance's id. */
    private String rejectedDispute(String store) {
        String agent = run + "-alex";
        if (identity.createUserQuery().userId(agent).count() == 0) {
            person(agent, PlatformGroup.SELLER_AGENTS.id(), List.of(store));
        }
        String id = openDispute(store, "NOT_AS_DESCRIBED", "40.00");
        String respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId();
        tasks.claim(respond, agent);
        tasks.complete(respond, Map.of("sellerDecision", "REJECT", "sellerMessage", REJECTION));
        disputes.runJobs(id);
        return runtime.createProcessInstanceQuery().processDefinitionKey(Definitions.DISPUTE_RESOLUTION)
                .processInstanceBusinessKey(id).singleResult().getId();
    }
}
