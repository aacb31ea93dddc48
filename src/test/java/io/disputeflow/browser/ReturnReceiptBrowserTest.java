package io.disputeflow.browser;

import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Tasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The seller's agent confirms a return in Tasklist's embedded HTML form: reads the case file, reports the wrong
 * item and attaches a photo of it; the photo becomes SELLER evidence and the case goes to arbitration (R16).
 */
class ReturnReceiptBrowserTest extends WebappTestSupport {

    @Test
    void agentReportsAWrongItemWithAPhoto() throws Exception {
        String store = run + "-r1";
        store(run + "-c", store);
        String agent = run + "-agent";
        person(agent, PlatformGroup.SELLER_AGENTS.id(), List.of(store));
        allTasksFilter();
        String id = openDispute(store, "WRONG_ITEM", "40.00", true);
        tasks.complete(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of("sellerDecision", "ACCEPT"));
        disputes.runJobs(id);
        api.post(STOREFRONT, "/api/disputes/" + id + "/return-shipment", Map.of("carrier", "Cainiao",
                "trackingNumber", "RT-" + id));
        String filterName = "Returns " + run;
        filters.saveFilter(filters.newTaskFilter(filterName).setOwner(agent)
                .setQuery(tasks.createTaskQuery().processVariableValueLike("storeId", run + "-%"))
                .setProperties(Map.of("priority", -100, "refresh", false)));
        String confirm = disputes.task(id, Tasks.CONFIRM_RETURN_RECEIPT).getId();
        Path photo = Files.createTempFile("returned-", ".png");
        Files.write(photo, "a phone case instead of the phone".getBytes());

        Browser browser = browser();
        Tasklist tasklist = Tasklist.signIn(browser, agent, agent + "-secret").filter(filterName);
        tasklist.open(confirm);
        assertThat(tasklist.codesShown()).as("the task reads as words, no codes").isEmpty();
        tasklist.claim();
        WebElement caseFile = browser.visible(By.id("orderFacts"));
        browser.waiting().until(driver -> caseFile.getText().contains(store));
        browser.screenshot("embedded-form");
        WebElement receipt = browser.clickable(By.id("returnReceipt"));
        browser.scrollToCenter(receipt);
        new Select(receipt).selectByValue("WRONG_ITEM");
        browser.driver().findElement(By.id("returnPhoto")).sendKeys(photo.toAbsolutePath().toString());
        browser.screenshot("form-filled");
        tasklist.complete(confirm);
        browser.screenshot("completed");

        JsonNode evidence = api.get(STOREFRONT, "/api/disputes/" + id + "/evidence").getBody();
        assertThat(evidence).hasSize(1);
        assertThat(evidence.get(0).get("party").asText()).isEqualTo("SELLER");
        assertThat(evidence.get(0).get("uploadedBy").asText()).isEqualTo(agent);
        assertThat(api.download(STOREFRONT, evidence.get(0).get("href").asText()).getBody())
                .isEqualTo(Files.readAllBytes(photo));
        disputes.runJobs(id); // the dispute goes on after the return in its own asynchronous step
        assertThat(api.get(STOREFRONT, "/api/disputes/" + id).getBody().get("status").asText())
                .isEqualTo("IN_ARBITRATION");
    }
}
