package io.disputeflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Tasks;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every webapp page is DisputeFlow's: its name and logo in the header and on the login page, no "It is time to
 * migrate to Camunda 8" banner, no Tasklist actions nobody in DisputeFlow uses, no tenant id in the task header,
 * dates with their zone, and the application's address opens Tasklist.
 */
class WebappBrandingBrowserTest extends WebappTestSupport {

    static final String CAMUNDA_8_BANNER = "migrate to Camunda 8";
    static final String LOGO = "/camunda/assets/disputeflow/logo.svg";

    String store;
    String agent;
    String supervisor;

    @BeforeEach
    void aStoreWithAnAgentAndASupervisor() {
        store = run + "-s1";
        store(run + "-c", store);
        agent = run + "-agent";
        person(agent, PlatformGroup.SELLER_AGENTS.id(), List.of(store));
        supervisor = run + "-supervisor";
        person(supervisor, PlatformGroup.STORE_SUPERVISORS.id(), List.of(store));
        allTasksFilter();
    }

    @Test
    void loginPage_showsDisputeFlow_withoutTheCamunda8Banner() {
        Browser browser = browser();
        browser.open("/camunda/app/tasklist/default/");
        browser.visible(By.cssSelector("form[name='signinForm'] input[ng-model='username']"));

        assertNoCamunda8Banner(browser);
        WebElement logo = browser.visible(By.cssSelector(".login-header .login-logo"));
        assertShowsOurLogo(logo);
        assertThat(script(browser, "return getComputedStyle(arguments[0], '::after').content;", logo))
                .as("the name under the logo").isEqualTo("\"DisputeFlow\"");
        assertThat(browser.visible(By.cssSelector(".login-header .app-name")).getText()).isEqualTo("Tasklist");
        assertThat(browser.driver().getTitle()).isEqualTo("DisputeFlow Tasklist");
        browser.screenshot("login");
    }

    @Test
    void agent_worksInDisputeFlowsTasklist_withoutUnusedActionsOrTenantIds_andSeesDatesWithTheirZone() {
        String dispute = openDispute(store, "DEFECTIVE", "20.00");
        String task = disputes.task(dispute, Tasks.RESPOND_TO_DISPUTE).getId();
        Browser browser = browser();
        Tasklist tasklist = Tasklist.signIn(browser, agent, agent + "-secret");

        assertNoCamunda8Banner(browser);
        assertBrand(browser, "DisputeFlow Tasklist");
        // Tasklist renders both actions for everybody; DisputeFlow hides them.
        for (String action : List.of("create-task-action", "start-process-action")) {
            WebElement item = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[cam-widget-header] li." + action)));
            assertThat(item.isDisplayed()).as(action).isFalse();
        }
        assertThat(visibleLinks(browser, "Create task")).isEmpty();
        assertThat(visibleLinks(browser, "Start process")).isEmpty();

        tasklist.filter(ALL_TASKS_FILTER).open(task);
        WebElement tenant = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[cam-tasklist-task] .tenant-id")));
        assertThat(tenant.getAttribute("textContent").trim()).as("Tasklist writes the tenant id").isEqualTo(store);
        assertThat(tenant.isDisplayed()).as("the tenant id is hidden").isFalse();
        // The due date reads "in 5 days"; pointing at it shows the moment with its offset from UTC.
        WebElement due = browser.visible(By.cssSelector("[cam-tasklist-task-meta] span[am-time-ago='task.due']"));
        new Actions(browser.driver()).moveToElement(due).perform();
        String exactDue = browser.visible(By.cssSelector(".tooltip .tooltip-inner")).getText();
        // e.g. "Saturday, November 28, 2026 10:00 AM UTC+00:00" (the words depend on the browser's language)
        assertThat(exactDue).matches(".*2026 \\d{1,2}:\\d{2}( [AP]M)? UTC[+-]\\d{2}:\\d{2}");
        browser.screenshot("task-opened");

        browser.open("/");
        browser.visible(By.cssSelector("[cam-tasklist-filters] .task-filter"));
        assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/tasklist/default/");
        assertNoCamunda8Banner(browser);
        browser.screenshot("root-url");
    }

    @Test
    void supervisor_seesDisputeFlowsCockpit_withoutTheCamunda8Banner() {
        Browser browser = browser();
        browser.signIn("cockpit", supervisor, supervisor + "-secret");
        browser.visible(By.cssSelector("[cam-widget-header] .navbar-brand"));

        assertNoCamunda8Banner(browser);
        assertBrand(browser, "DisputeFlow Cockpit");
        browser.screenshot("cockpit");
    }

    /** Camunda renders the banner on every page: it must be there and hidden (not merely not rendered yet). */
    void assertNoCamunda8Banner(Browser browser) {
        WebElement banner = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[cam-widget-header] .ce-eol-banner")));
        browser.waiting().until(driver -> banner.getAttribute("textContent").contains(CAMUNDA_8_BANNER));
        assertThat(banner.isDisplayed()).as("the Camunda 8 banner is hidden").isFalse();
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain(CAMUNDA_8_BANNER);
    }

    void assertBrand(Browser browser, String name) {
        assertThat(browser.visible(By.cssSelector("[cam-widget-header] .navbar-brand .brand-name")).getText())
                .isEqualTo(name);
        assertShowsOurLogo(browser.visible(By.cssSelector("[cam-widget-header] .navbar-brand .brand-logo")));
        assertThat(browser.driver().getTitle()).as("the browser tab").startsWith(name);
    }

    /** Our logo is the element's background; Camunda's logo (an inline SVG inside it) is hidden. */
    void assertShowsOurLogo(WebElement element) {
        assertThat(element.getCssValue("background-image")).contains(LOGO);
        assertThat(element.getSize().getWidth()).isPositive();
        assertThat(element.findElements(By.tagName("svg"))).noneMatch(WebElement::isDisplayed);
        ResponseEntity<String> logo = http.getForEntity(LOGO, String.class);
        assertThat(logo.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(logo.getBody()).contains("<svg");
    }

    static List<WebElement> visibleLinks(Browser browser, String text) {
        return browser.all(By.xpath("//a[contains(normalize-space(.), '" + text + "')]")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    static Object script(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }
}
