package io.disputeflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.Polling;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An administrator edits a variable of a running dispute on its process instance page in Cockpit; the dispute's
 * timeline then says who changed which variable from what to what, and so does the case file of a task created
 * afterwards in Tasklist.
 */
class AdministrativeChangeBrowserTest extends WebappTestSupport {

    @Test
    void aVariableEditedInCockpit_isOnTheDisputesTimelineWithTheAdministratorsName() {
        String store = run + "-s1";
        store(run + "-c", store);
        String id = openDispute(store, "DEFECTIVE", "25.00");
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(Definitions.DISPUTE_RESOLUTION)
                .processInstanceBusinessKey(id).singleResult().getId();

        Browser browser = browser();
        browser.signIn("cockpit", ApiFixture.ADMIN, ApiFixture.password(ApiFixture.ADMIN));
        browser.open("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
        // Cockpit's Variables tab: one row per variable, named in its first column.
        String row = "//*[@cam-widget-variables-table]//tr[.//*[normalize-space(text())='"
                + Variables.RETURN_FREIGHT_PAYER + "']]";
        browser.click(browser.clickable(By.xpath(row + "//button[@ng-click='enableEditMode(info, true)']")));
        WebElement value = browser.visible(By.xpath(row + "//input[@ng-model='variable.value']"));
        value.sendKeys(Keys.chord(Keys.CONTROL, "a"), "BUYER");
        browser.screenshot("editing-variable");
        browser.click(browser.clickable(By.xpath(row + "//button[@ng-click='saveVariable(v)']")));
        browser.visible(By.xpath(row + "//button[@ng-click='enableEditMode(info, true)']"));
        browser.visible(By.xpath(row + "//*[normalize-space(text())='BUYER']"));
        browser.screenshot("variable-saved");

        Polling.until("the edit on the dispute's timeline", Duration.ofSeconds(10),
                () -> !administrativeChanges(id).isEmpty(), () -> dispute(id).get("timeline").toString());
        assertThat(administrativeChanges(id)).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor").asText()).isEqualTo(ApiFixture.ADMIN);
            assertThat(entry.get("detail").asText()).isEqualTo("Variable 'Return freight payer' changed by Platform "
                    + "Administrator in Cockpit from 'SELLER' to 'BUYER'");
        });
        assertThat(runtime.getVariable(instance, Variables.RETURN_FREIGHT_PAYER)).isEqualTo("BUYER");

        // A task created afterwards shows the change in its case file's "Conversation so far".
        ResponseEntity<String> restarted = api.as(ApiFixture.ADMIN).exchange("/engine-rest/process-instance/"
                + instance + "/modification", HttpMethod.POST, new HttpEntity<>(Map.of("instructions", List.of(
                        Map.of("type", "cancel", "activityId", Tasks.RESPOND_TO_DISPUTE),
                        Map.of("type", "startBeforeActivity", "activityId", Tasks.RESPOND_TO_DISPUTE)))),
                String.class);
        assertThat(restarted.getStatusCode()).as(restarted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        String task = disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId();
        allTasksFilter();
        browser.open("/camunda/app/tasklist/default/#/?task=" + task);
        WebElement conversation = browser.visible(By.xpath("//*[contains(@class,'task-details')]"
                + "//h4[normalize-space(.)='Conversation so far']/.."));
        browser.waiting().until(driver -> conversation.getText().contains(
                "Variable 'Return freight payer' changed by Platform Administrator in Cockpit from 'SELLER' to "
                        + "'BUYER'"));
        browser.scrollToCenter(conversation);
        browser.screenshot("case-file-in-tasklist");
    }

    private List<JsonNode> administrativeChanges(String disputeId) {
        return StreamSupport.stream(dispute(disputeId).get("timeline").spliterator(), false)
                .filter(entry -> DisputeCase.ADMINISTRATIVE_CHANGE.equals(entry.get("action").asText())).toList();
    }
}
