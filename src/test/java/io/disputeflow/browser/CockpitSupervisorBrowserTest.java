package io.disputeflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Definitions;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An arbitration supervisor (not an administrator) finds a dispute's DisputeResolution instance in Camunda
 * Cockpit by its business key, the dispute id, and opens it.
 */
class CockpitSupervisorBrowserTest extends WebappTestSupport {

    @Autowired
    RepositoryService repository;

    @Test
    void supervisorFindsTheDisputeInstanceByBusinessKey() {
        String store = run + "-s1";
        store(run + "-c", store);
        String supervisor = run + "-supervisor";
        person(supervisor, PlatformGroup.ARBITRATION_SUPERVISORS.id(), List.of(store));
        assertThat(identity.createGroupQuery().groupMember(supervisor).groupId(Groups.CAMUNDA_ADMIN).count()).isZero();
        // No grants of its own: what the group may see in Cockpit comes from the application's start-up grants.
        String id = openDispute(store, "DEFECTIVE", "25.00");
        String other = openDispute(store, "PRICE_DROP", "5.00");
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(Definitions.DISPUTE_RESOLUTION).processInstanceBusinessKey(id).singleResult();
        ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());

        Browser browser = browser();
        browser.signIn("cockpit", supervisor, supervisor + "-secret");
        browser.screenshot("dashboard");
        browser.open("/camunda/app/cockpit/default/#/processes");
        browser.clickable(By.xpath("//a[normalize-space(.)='" + definition.getName() + "']")).click();
        browser.visible(By.cssSelector("a[href*='#/process-instance/']"));
        browser.screenshot("process-definition");
        // The Process Instances tab's search: criterion "Business Key", value the dispute id.
        WebElement criteria = browser.clickable(By.cssSelector("[cam-widget-search] input.main-field"));
        criteria.click();
        criteria.sendKeys("Business");
        browser.clickable(By.xpath("//ul[contains(@class,'dropdown-menu')]//a[normalize-space(.)='Business Key']"))
                .click();
        // Cockpit usually opens the value for editing right away, but not always: then click the "??" placeholder.
        By editValue = By.cssSelector("[cam-widget-search-pill] input[ng-model='formData.editValue']");
        By placeholder = By.cssSelector("[cam-widget-search-pill] .value-field .view-value");
        browser.waiting().until(driver -> !driver.findElements(editValue).isEmpty()
                || driver.findElements(placeholder).stream().anyMatch(WebElement::isDisplayed));
        if (browser.driver().findElements(editValue).isEmpty()) {
            browser.clickable(placeholder).click();
        }
        WebElement value = browser.clickable(editValue);
        value.sendKeys(id, Keys.ENTER);
        // Only this dispute's instance is left in the list (the other dispute of the store is filtered out).
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("a[href*='#/process-instance/']"))
                .stream().map(a -> a.getAttribute("href").replaceAll(".*#/process-instance/([^/?]+).*", "$1"))
                .distinct().toList().equals(List.of(instance.getId())));
        assertThat(otherInstance(other)).isNotEqualTo(instance.getId());
        WebElement link = browser.visible(By.cssSelector("a[href*='#/process-instance/" + instance.getId() + "']"));
        browser.screenshot("instances-by-business-key");
        link.click();
        browser.visible(By.xpath("//*[normalize-space(text())='" + id + "']"));
        browser.visible(By.cssSelector(".djs-container svg[data-element-id='" + Definitions.DISPUTE_RESOLUTION + "']"));
        browser.screenshot("instance");
        assertThat(browser.driver().getCurrentUrl()).contains("#/process-instance/" + instance.getId());
    }

    String otherInstance(String disputeId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(Definitions.DISPUTE_RESOLUTION)
                .processInstanceBusinessKey(disputeId).singleResult().getId();
    }
}
