package io.disputeflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.support.ShippedModels;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R2 after a rule change, in Cockpit: the process owner deploys the seller's 7 days instead of 5, opens the new
 * version's "Move open disputes" tab, previews the move of his pilot store's disputes (each seller deadline 2 days
 * later, money at risk unchanged) and moves them; a store supervisor is not offered the tab.
 */
class ProcessMigrationBrowserTest extends WebappTestSupport {

    @Autowired
    RepositoryService repository;

    String deployment;

    @AfterEach
    void removeTheNewVersion() {
        if (deployment != null) {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void R2_theProcessOwnerPreviewsAndMovesAStoresDisputesToTheSevenDayVersion() {
        String store = run + "-pilot";
        store(run + "-c", store);
        String owner = run + "-owner";
        person(owner, PlatformGroup.PROCESS_OWNERS.id(), List.of(store));
        String supervisor = run + "-sup";
        person(supervisor, PlatformGroup.STORE_SUPERVISORS.id(), List.of(store));
        List<String> disputes = List.of(openDispute(store, "DEFECTIVE", "12.00"), openDispute(store, "DEFECTIVE",
                "20.50"));
        deployment = ShippedModels.deployWith(repository, "Seller answers in 7 days",
                ShippedModels::sellerAnswersInSevenDays);
        ProcessDefinition seven = repository.createProcessDefinitionQuery().deploymentId(deployment)
                .processDefinitionKey(Definitions.DISPUTE_RESOLUTION).singleResult();

        Browser browser = browser();
        browser.signIn("cockpit", owner, owner + "-secret");
        browser.open("/camunda/app/cockpit/default/#/process-definition/" + seven.getId() + "/runtime");
        browser.click(browser.clickable(By.xpath("//ul[contains(@class,'nav-tabs')]/li/a[normalize-space()='Move open disputes']")));
        new Select(browser.visible(By.cssSelector("select.df-migration-store"))).selectByValue(store);
        browser.click(browser.clickable(By.cssSelector("button.df-migration-preview")));

        String preview = browser.visible(By.cssSelector(".df-migration-summary")).findElement(By.xpath("./..")).getText();
        browser.scrollToCenter(browser.visible(By.cssSelector(".df-migration-disputes")));
        browser.screenshot("preview");
        assertThat(preview).contains("2 of 2 open disputes can move to version " + seven.getVersion(),
                "none would be due at once", "money at risk stays 32.50 USD");
        for (String dispute : disputes) {
            String row = browser.visible(By.cssSelector("tr[data-dispute='" + dispute + "']")).getText();
            assertThat(row).contains("Respond to dispute", "The seller accepts, rejects or counters the refund "
                    + "request (R2)", "(2 days later)", "UTC", "Yes").doesNotContain("ENGINE-");
        }

        browser.click(browser.clickable(By.cssSelector("button.df-migration-move")));
        browser.click(browser.clickable(By.cssSelector("button.df-migration-execute")));
        String outcome = browser.visible(By.cssSelector(".df-migration-outcome")).getText();
        browser.screenshot("moved");
        assertThat(outcome).contains("2 disputes move to version " + seven.getVersion() + " in 1 batch",
                "the batch of version");

        runTheBatch();
        for (String dispute : disputes) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(dispute).singleResult()
                    .getProcessDefinitionId()).isEqualTo(seven.getId());
            assertThat(records.timeline(dispute)).anySatisfy(entry -> assertThat(entry.detail())
                    .startsWith("Moved by " + owner + " Browser from version"));
        }

        browser.driver().manage().deleteAllCookies();
        browser.signIn("cockpit", supervisor, supervisor + "-secret");
        browser.open("/camunda/app/cockpit/default/#/process-definition/" + seven.getId() + "/runtime");
        browser.visible(By.xpath("//ul[contains(@class,'nav-tabs')]/li/a[normalize-space()='Called Process Definitions']"));
        browser.waiting().until(driver -> driver.findElement(By.tagName("body")).getAttribute("class")
                .contains("df-permissions-known"));
        List<WebElement> tab = browser.all(By.xpath(
                "//ul[contains(@class,'nav-tabs')]/li/a[normalize-space()='Move open disputes']"));
        assertThat(tab).as("the store supervisor is not offered the move").allSatisfy(link ->
                assertThat(link.isDisplayed()).isFalse());
    }

    private void runTheBatch() {
        Batch batch = management.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).list().stream()
                .filter(candidate -> seven(candidate)).findFirst().orElseThrow();
        management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private boolean seven(Batch batch) {
        return batch.getCreateUserId() != null && batch.getCreateUserId().endsWith("-owner")
                && batch.getCreateUserId().startsWith(run);
    }
}
