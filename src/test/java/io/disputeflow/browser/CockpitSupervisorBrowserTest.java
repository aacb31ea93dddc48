package io.disputeflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Definitions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
        // What Cockpit needs to show instances to a non-administrator (the group itself may only open Cockpit).
        grantUser(supervisor, Resources.PROCESS_DEFINITION, Definitions.DISPUTE_RESOLUTION,
                Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
        grantUser(supervisor, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        String id = openDispute(store, "DEFECTIVE", "25.00");
        String other = openDispute(store, "PRICE_DROP", "5.00");
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(Definitions.DISPUTE_RESOLUTION).processInstanceBusinessKey(id).singleResult();
        ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());

        Browser browser = browser();
        browser.signIn("cockpit", supervisor, supervisor + "-secret");
        browser.screenshot("dashboard");
        // The Process Instances tab's search ("Add criteria"), criterion Business Key = the dispute id.
        String search = "[{\"type\":\"businessKey\",\"operator\":\"eq\",\"value\":\"" + id + "\",\"name\":\"\"}]";
        browser.open("/camunda/app/cockpit/default/#/process-definition/" + definition.getId()
                + "/runtime?searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8).replace("+", "%20"));
        WebElement link = browser.visible(By.cssSelector("a[href*='#/process-instance/" + instance.getId() + "']"));
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("a[href*='#/process-instance/']"))
                .stream().noneMatch(a -> a.getAttribute("href").contains(otherInstance(other))));
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
