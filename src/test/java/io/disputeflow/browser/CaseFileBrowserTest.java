package io.disputeflow.browser;

import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.process.ProcessModel.Variables;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The forms read as the case (issue 13): the arbitrator reads the seller's side next to the buyer's, the seller's
 * agent confirms the return knowing the return parcel and the refund, the arbitration supervisor picks an
 * arbitrator by name and workload.
 */
class CaseFileBrowserTest extends WebappTestSupport {

    static final String REJECTION = "The size chart on the product page says 42 cm: the buyer ordered the wrong size";
    static final String BUYER_SAYS = "Size: 38 cm, not 42 cm as listed. See https://example.com/photo";

    @Test
    void arbitratorReadsTheSellersRejectionMessage_nextToTheBuyersPosition_onTheRulingForm() {
        String store = run + "-a1";
        store(run + "-c", store);
        String arbitrator = run + "-arb";
        person(arbitrator, PlatformGroup.ARBITRATORS.id(), List.of(store));
        String agent = run + "-alex";
        person(agent, PlatformGroup.SELLER_AGENTS.id(), List.of(store));
        allTasksFilter();
        String id = openDisputeSaying(store, "NOT_AS_DESCRIBED", BUYER_SAYS);
        String respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId();
        tasks.claim(respond, agent);
        tasks.complete(respond, Map.of("sellerDecision", "REJECT", "sellerMessage", REJECTION));
        disputes.runJobs(id);
        assertThat(api.post(STOREFRONT, "/api/disputes/" + id + "/escalation", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        disputes.runJobs(id);
        String takeUp = disputes.task(id, Tasks.TAKE_UP_ARBITRATION_CASE).getId();
        tasks.claim(takeUp, arbitrator);
        tasks.complete(takeUp, Map.of("takeUpConfirmed", true));
        disputes.runJobs(id);
        String ruling = disputes.task(id, Tasks.RULE_ON_DISPUTE).getId();

        String filter = ownFilter(arbitrator);
        Browser browser = browser();
        Tasklist tasklist = Tasklist.signIn(browser, arbitrator, arbitrator + "-secret").filter(filter);
        tasklist.open(ruling);
        assertThat(tasklist.codesShown()).as("the task reads as words, no codes").isEmpty();
        WebElement seller = textComponent(browser, "The seller's position");
        WebElement buyer = textComponent(browser, "The buyer's position");
        browser.scrollToCenter(seller);
        browser.screenshot("ruling-positions");

        assertThat(seller.getText()).contains("Rejected the request", agent + " Browser", REJECTION)
                .doesNotContain("\\");
        assertThat(buyer.getText()).contains("Asks for: 40.00 USD of 40.00 USD paid", "Reason: not as described",
                "asked the platform to arbitrate", BUYER_SAYS).doesNotContain("\\");
        assertThat(buyer.getRect().getY()).as("side by side").isEqualTo(seller.getRect().getY());
        assertThat(buyer.getRect().getX()).isLessThan(seller.getRect().getX());
        assertThat(browser.visible(By.cssSelector(".task-details .fjs-form")).getText())
                .doesNotContain("NOT_AS_DESCRIBED", "BUYER_ESCALATED", "buyer-O-", arbitrator + ":");
    }

    @Test
    void returnReceiptForm_showsTheReturnParcelAndTheRefundWithCurrency_evidenceLinksDownload() {
        String store = run + "-r2";
        store(run + "-c", store);
        String agent = run + "-agent";
        person(agent, PlatformGroup.SELLER_AGENTS.id(), List.of(store));
        allTasksFilter();
        Map<String, Object> request = request(store, "WRONG_ITEM", BUYER_SAYS);
        request.put("returnOffered", true);
        String id = opened(request);
        byte[] photo = "the wrong phone case".getBytes(StandardCharsets.UTF_8);
        assertThat(api.upload(STOREFRONT, id, "BUYER", "PHOTO", "wrong case.jpg", MediaType.IMAGE_JPEG, photo)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        tasks.complete(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of("sellerDecision", "ACCEPT"));
        disputes.runJobs(id);
        String returnTracking = "RT-" + run + "-CN";
        api.post(STOREFRONT, "/api/disputes/" + id + "/return-shipment", Map.of("carrier", "YunExpress",
                "trackingNumber", returnTracking));
        String confirm = disputes.task(id, Tasks.CONFIRM_RETURN_RECEIPT).getId();

        String filter = ownFilter(agent);
        Browser browser = browser();
        Tasklist.signIn(browser, agent, agent + "-secret").filter(filter).open(confirm);
        WebElement returnFacts = browser.visible(By.id("returnFacts"));
        browser.waiting().until(driver -> returnFacts.getText().contains(returnTracking));
        browser.screenshot("return-receipt");

        assertThat(returnFacts.getText()).contains("Return parcel: YunExpress · tracking number: " + returnTracking,
                "Confirming receipt refunds the buyer: 40.00 USD").doesNotContain("LP-O-");
        assertThat(browser.visible(By.id("buyerMessage")).getText()).isEqualTo(BUYER_SAYS);
        assertThat(browser.visible(By.cssSelector("form[name='confirmReturnReceipt']")).getText())
                .doesNotContain("\\", "**", "WRONG_ITEM: ", "list and download");
        WebElement link = browser.visible(By.cssSelector("#evidenceOfBuyer a"));
        assertThat(link.getText()).isEqualTo("wrong case.jpg");
        assertThat(link.getAttribute("href")).matches(".*/api/disputes/" + id + "/evidence/\\d+");
        Object download = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + "  return r.text().then(function (body) {"
                        + "    done(r.status + '|' + r.headers.get('Content-Disposition') + '|' + body); }); })"
                        + ".catch(function (e) { done('failed ' + e); });", link.getAttribute("href"));
        assertThat(download).as("the webapp session alone downloads the file with its name")
                .isEqualTo("200|attachment; filename=\"wrong case.jpg\"|the wrong phone case");
    }

    @Test
    void assignForm_listsTheArbitratorsByNameWithOpenAndOverdueCases_andAssignsTheChosenOne() {
        String store = run + "-s3";
        store(run + "-c", store);
        String arbitrator = run + "-judge";
        person(arbitrator, PlatformGroup.ARBITRATORS.id(), List.of(store));
        String supervisor = run + "-ines";
        person(supervisor, PlatformGroup.ARBITRATION_SUPERVISORS.id(), List.of(store));
        allTasksFilter();
        // the arbitrator already rules on one case, overdue since yesterday
        String busy = escalated(store);
        String busyIntake = disputes.task(busy, Tasks.TAKE_UP_ARBITRATION_CASE).getId();
        tasks.claim(busyIntake, arbitrator);
        tasks.complete(busyIntake, Map.of("takeUpConfirmed", true));
        disputes.runJobs(busy);
        Task busyRuling = disputes.task(busy, Tasks.RULE_ON_DISPUTE);
        busyRuling.setDueDate(Date.from(NOW.minus(1, ChronoUnit.DAYS)));
        tasks.saveTask(busyRuling);
        // nobody takes up the other one in time
        String overdue = escalated(store);
        String arbitration = runtime.createProcessInstanceQuery().processInstanceBusinessKey(overdue)
                .processDefinitionKey(Definitions.PLATFORM_ARBITRATION).singleResult().getId();
        Job intakeDue = management.createJobQuery().processInstanceId(arbitration).timers()
                .activityId(Timers.ARBITRATION_INTAKE_DUE).singleResult();
        management.executeJob(intakeDue.getId());
        String assign = disputes.task(overdue, Tasks.ASSIGN_OVERDUE_ARBITRATION_CASE).getId();

        String choice = arbitrator + " Browser · 1 open, 1 overdue";
        assertThat(tasks.<org.camunda.bpm.engine.variable.value.ObjectValue>getVariableLocalTyped(assign,
                Variables.ARBITRATOR_CHOICES, false).getValueSerialized()
                .toString()).contains("{\"label\":\"" + choice + "\",\"value\":\"" + arbitrator + "\"}");
        String filter = ownFilter(supervisor);
        Browser browser = browser();
        Tasklist tasklist = Tasklist.signIn(browser, supervisor, supervisor + "-secret").filter(filter);
        tasklist.open(assign).claim();
        choose(browser, "Arbitrator who rules on this case", choice);
        browser.screenshot("arbitrator-chosen");
        tasklist.complete(assign);
        disputes.runJobs(overdue);

        assertThat(disputes.task(overdue, Tasks.RULE_ON_DISPUTE).getAssignee()).isEqualTo(arbitrator);
    }

    private String escalated(String store) {
        String id = openDisputeSaying(store, "DEFECTIVE", BUYER_SAYS);
        tasks.complete(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "REJECT", "sellerMessage", REJECTION));
        disputes.runJobs(id);
        api.post(STOREFRONT, "/api/disputes/" + id + "/escalation", null);
        disputes.runJobs(id);
        return id;
    }

    private String openDisputeSaying(String store, String reason, String description) {
        return opened(request(store, reason, description));
    }

    private Map<String, Object> request(String store, String reason, String description) {
        Map<String, Object> request = openRequest("O-" + run + "-" + UUID.randomUUID().toString().substring(0, 6),
                store, reason, "40.00", NOW);
        request.put("description", description);
        return request;
    }

    /** A filter of this test's tasks, owned by the user. */
    private String ownFilter(String owner) {
        String name = "Case " + owner;
        filters.saveFilter(filters.newTaskFilter(name).setOwner(owner)
                .setQuery(tasks.createTaskQuery().processVariableValueLike("storeId", run + "-%"))
                .setProperties(Map.of("priority", -100, "refresh", false)));
        return name;
    }

    /**
     * Chooses an option of a form-js select whose options come from a variable ({@code valuesKey}). Tasklist renders
     * the form again once the claim has reloaded the task's variables, which can close a list opened just before;
     * so open it until the option can be chosen.
     */
    private static void choose(Browser browser, String label, String option) {
        String field = "//div[contains(@class,'fjs-form-field')][./label[starts-with(normalize-space(.),\"" + label
                + "\")]]";
        browser.waiting().until(driver -> {
            List<WebElement> items = driver.findElements(By.xpath(field
                    + "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=\"" + option + "\"]"));
            if (items.isEmpty()) {
                driver.findElements(By.xpath(field + "//div[contains(@class,'fjs-input-group')]"))
                        .forEach(browser::click);
                return false;
            }
            browser.click(items.get(0));
            return driver.findElement(By.xpath(field + "//*[contains(@class,'fjs-select-display')]")).getText()
                    .contains(option);
        });
    }

    private static WebElement textComponent(Browser browser, String heading) {
        return browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-text')][.//h4[normalize-space(.)=\""
                + heading + "\"]]"));
    }
}
