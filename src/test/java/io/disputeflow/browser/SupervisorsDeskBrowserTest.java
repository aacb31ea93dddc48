package io.disputeflow.browser;

import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.onboarding.StoreDirectory;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Steps;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.FaultyRefundProvider;
import io.disputeflow.tasklist.TasklistFilters;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The supervisors' desk: their Tasklist filters hold all the work they answer for (every open task of a store,
 * whoever has it; overdue rulings of every store), and Cockpit and the REST API let them do what their job needs and
 * nothing more (a store supervisor edits no variable; an arbitration supervisor retries a failed job but edits no
 * variable). The shared filters and grants are the application's own, created at start-up.
 */
class SupervisorsDeskBrowserTest extends WebappTestSupport {

    @Autowired
    StoreDirectory directory;
    @Autowired
    FaultyRefundProvider refundProvider;

    String company;
    String store;
    String storeName;

    /** A store opened as in production (tenant, company group, "Store · name" filter). */
    void companyStore() {
        company = run + "-co";
        store = run + "-kitchen";
        storeName = "Kitchen " + run;
        directory.register(company, "Company " + run, store, storeName);
    }

    /** One of the company's people: member of a platform group and of the company (so of its stores). */
    String companyPerson(String role, PlatformGroup group) {
        String userId = run + "-" + role;
        person(userId, group.id(), List.of());
        directory.addMember(company, userId);
        return userId;
    }

    @Test
    void storeSupervisorsStoreFilterListsEveryOpenTaskOfTheStore_dueFirst_withTheStoreName() {
        companyStore();
        String anna = companyPerson("anna", PlatformGroup.SELLER_AGENTS);
        String alex = companyPerson("alex", PlatformGroup.SELLER_AGENTS);
        String sofia = companyPerson("sofia", PlatformGroup.STORE_SUPERVISORS);
        // filed an hour apart: the later the filing, the later the deadline
        String first = openDisputeAt(0, "DEFECTIVE", "10.00");
        String second = openDisputeAt(1, "NOT_AS_DESCRIBED", "20.00");
        String third = openDisputeAt(2, "WRONG_ITEM", "30.00");
        Task annas = disputes.task(first, Tasks.RESPOND_TO_DISPUTE);
        Task alexs = disputes.task(second, Tasks.RESPOND_TO_DISPUTE);
        Task nobodys = disputes.task(third, Tasks.RESPOND_TO_DISPUTE);
        tasks.setAssignee(annas.getId(), anna);
        tasks.setAssignee(alexs.getId(), alex);
        // escalated: its intake, offered to the arbitrators, is due in two working days, before the sellers' tasks
        Task intake = disputes.task(escalated(openDisputeAt(3, "DEFECTIVE", "40.00")), Tasks.TAKE_UP_ARBITRATION_CASE);

        Browser browser = browser();
        Tasklist tasklist = Tasklist.signIn(browser, sofia, sofia + "-secret").filter("Store · " + storeName);

        assertThat(tasklist.taskIds()).as("every open task of the store, soonest deadline first")
                .containsExactly(intake.getId(), annas.getId(), alexs.getId(), nobodys.getId());
        assertThat(tasklist.sortLabels()).containsExactly("Due date");
        assertThat(tasklist.cardTexts()).allSatisfy(card -> assertThat(card).contains(storeName));
        browser.screenshot("store-filter");
        assertThat(tasklist.filterNames()).contains(TasklistFilters.EVERY_OPEN_TASK_OF_MY_STORES,
                TasklistFilters.OVERDUE_IN_MY_STORES).doesNotContain(TasklistFilters.OVERDUE_IN_EVERY_STORE);

        // an agent reading the same filter sees the sellers' tasks, not the platform's
        String storeFilter = filters.createFilterQuery().filterName("Store · " + storeName).singleResult().getId();
        JsonNode annasView = api.get(anna, "/engine-rest/filter/" + storeFilter + "/list").getBody();
        assertThat(java.util.stream.StreamSupport.stream(annasView.spliterator(), false)
                .map(task -> task.get("id").asText()).toList()).containsExactlyInAnyOrder(annas.getId(), alexs.getId(),
                nobodys.getId());
    }

    @Test
    void arbitrationSupervisorsOverdueFilterListsAnOverdueRulingOfAnArbitrator() {
        companyStore();
        String arbitrator = run + "-arthur";
        person(arbitrator, PlatformGroup.ARBITRATORS.id(), List.of(store));
        String ines = run + "-ines";
        person(ines, PlatformGroup.ARBITRATION_SUPERVISORS.id(), List.of(store));
        String id = escalated(openDisputeAt(0, "NOT_AS_DESCRIBED", "40.00"));
        Task intake = disputes.task(id, Tasks.TAKE_UP_ARBITRATION_CASE);
        tasks.setAssignee(intake.getId(), arbitrator);
        tasks.complete(intake.getId(), Map.of("takeUpConfirmed", true));
        disputes.runJobs(id);
        Task ruling = disputes.task(id, Tasks.RULE_ON_DISPUTE);
        assertThat(ruling.getAssignee()).isEqualTo(arbitrator);
        // the ruling was due three days after the intake; a week later it is overdue
        ClockUtil.setCurrentTime(Date.from(ruling.getDueDate().toInstant().plus(Duration.ofDays(4))));

        Browser browser = browser();
        Tasklist tasklist = Tasklist.signIn(browser, ines, ines + "-secret").filter(TasklistFilters.OVERDUE_IN_EVERY_STORE);

        assertThat(tasklist.taskIds()).contains(ruling.getId());
        assertThat(tasklist.cardTexts()).anySatisfy(card -> assertThat(card).contains("Rule on dispute " + id)
                .contains(storeName));
        browser.screenshot("overdue-rulings");
    }

    @Test
    void storeSupervisorCannotEditVariables_neitherInCockpitNorOverRest() {
        companyStore();
        String sofia = companyPerson("sofia", PlatformGroup.STORE_SUPERVISORS);
        String id = openDisputeAt(0, "DEFECTIVE", "25.00");
        String instance = disputeInstance(id);

        Browser browser = browser();
        browser.signIn("cockpit", sofia, sofia + "-secret");
        openVariables(browser, instance);
        assertThat(visibleControls(browser, "[cam-widget-variables-table] button .glyphicon-pencil")).isZero();
        assertThat(visibleControls(browser, "[cam-widget-variables-table] button .glyphicon-trash")).isZero();
        assertThat(visibleControls(browser, ".ctn-toolbar a.btn-toolbar .glyphicon-remove")).as("cancel").isZero();
        assertThat(visibleControls(browser, ".ctn-toolbar a.btn-toolbar .glyphicon-pause")).as("suspend").isZero();
        assertThat(visibleControls(browser, ".ctn-toolbar a.btn-toolbar .glyphicon-plus")).as("add variable").isZero();
        browser.screenshot("instance-variables");

        assertThat(putVariable(sofia, instance).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deleteVariable(sofia, instance).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtime.getVariable(instance, "reason")).isEqualTo("DEFECTIVE");
    }

    @Test
    void arbitrationSupervisorRetriesAFailedJobInCockpit_butCannotEditVariables() {
        companyStore();
        String ines = run + "-ines";
        person(ines, PlatformGroup.ARBITRATION_SUPERVISORS.id(), List.of(store));
        String id = openDisputeAt(0, "DEFECTIVE", "15.00");
        String instance = disputeInstance(id);
        Job failed = refundThatFailsUntilItsRetriesRunOut(id, instance);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isEqualTo(1);

        Browser browser = browser();
        browser.signIn("cockpit", ines, ines + "-secret");
        openVariables(browser, instance);
        assertThat(visibleControls(browser, ".ctn-toolbar a.btn-toolbar .glyphicon-repeat")).as("retry").isOne();
        assertThat(visibleControls(browser, "[cam-widget-variables-table] button .glyphicon-pencil")).isZero();
        browser.screenshot("instance-with-incident");

        // Cockpit's "Increment number of retries" dialog: select the failed job, retry it
        browser.click(browser.clickable(By.xpath("//div[contains(@class,'ctn-toolbar')]"
                + "//a[contains(@class,'btn-toolbar')][span[contains(@class,'glyphicon-repeat')]]")));
        WebElement select = browser.clickable(By.xpath("//div[contains(@class,'job-retry-bulk')]//tr[td[contains("
                + "@class,'job-id')][normalize-space(.)='" + failed.getId() + "']]//input[@type='checkbox']"));
        if (!select.isSelected()) {
            select.click();
        }
        browser.screenshot("retry-dialog");
        browser.clickable(By.cssSelector(".modal-footer button.btn-primary[ng-click^='retryFailedJobs']")).click();
        browser.waiting().until(driver -> management.createJobQuery().jobId(failed.getId()).singleResult()
                .getRetries() == 1);
        browser.visible(By.cssSelector(".modal-footer button.btn-primary[ng-click='close()']"));
        assertThat(browser.all(By.cssSelector(".modal .alert-danger")).stream().filter(WebElement::isDisplayed))
                .as("no permission error in the dialog").isEmpty();
        browser.screenshot("retried");
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();

        assertThat(putVariable(ines, instance).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deleteVariable(ines, instance).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtime.getVariable(instance, "reason")).isEqualTo("DEFECTIVE");
        // the retried payment goes through once the provider is back
        refundProvider.down.set(false);
        management.executeJob(failed.getId());
        assertThat(dispute(id).get("status").asText()).isEqualTo("REFUNDED");
    }

    /** The seller accepts; the payment provider is down for every try of the refund job, which ends in an incident. */
    Job refundThatFailsUntilItsRetriesRunOut(String id, String instance) {
        refundProvider.down.set(true);
        tasks.complete(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of("sellerDecision", "ACCEPT"));
        try {
            disputes.runJobs(id);
        } catch (RuntimeException providerDown) {
            // the first try of the refund job
        }
        Job payment = management.createJobQuery().processInstanceId(instance).activityId(Steps.SELLER_ACCEPTED)
                .singleResult(); // settles and pays in one job
        while (payment.getRetries() > 0) {
            String jobId = payment.getId();
            assertThatThrownBy(() -> management.executeJob(jobId)).isInstanceOf(RuntimeException.class);
            payment = management.createJobQuery().jobId(jobId).singleResult();
        }
        return payment;
    }

    @AfterEach
    void providerBackUp() {
        refundProvider.down.set(false);
    }

    String openDisputeAt(int hoursAfterNow, String reason, String requested) {
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(hoursAfterNow))));
        return openDispute(store, reason, requested);
    }

    String escalated(String id) {
        tasks.complete(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "REJECT", "sellerMessage", "As described on the product page"));
        disputes.runJobs(id);
        assertThat(api.post(STOREFRONT, "/api/disputes/" + id + "/escalation", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        disputes.runJobs(id);
        return id;
    }

    String disputeInstance(String disputeId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(Definitions.DISPUTE_RESOLUTION)
                .processInstanceBusinessKey(disputeId).singleResult().getId();
    }

    /** Cockpit's page of the instance on its Variables tab, once Cockpit knows what the user may do. */
    void openVariables(Browser browser, String instance) {
        browser.open("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime?tab=variables-tab");
        browser.visible(By.xpath("//*[@cam-widget-variables-table]//td[contains(@class,'name')]"
                + "[normalize-space(.)='reason']"));
        browser.waiting().until(driver -> driver.findElement(By.tagName("body")).getAttribute("class")
                .contains("df-permissions-known"));
    }

    long visibleControls(Browser browser, String css) {
        return browser.all(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).count();
    }

    org.springframework.http.ResponseEntity<String> putVariable(String user, String instance) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return api.as(user).exchange("/engine-rest/process-instance/" + instance + "/variables/reason",
                HttpMethod.PUT, new HttpEntity<>(Map.of("value", "CHANGED_MIND", "type", "String"), json),
                String.class);
    }

    org.springframework.http.ResponseEntity<String> deleteVariable(String user, String instance) {
        return api.as(user).exchange("/engine-rest/process-instance/" + instance + "/variables/reason",
                HttpMethod.DELETE, null, String.class);
    }
}
