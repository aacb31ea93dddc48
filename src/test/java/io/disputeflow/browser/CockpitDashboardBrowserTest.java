package io.disputeflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.identity.PlatformGroup;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * R2 in Cockpit: the store supervisor opens Cockpit and reads, on the dashboard, the money his stores would refund
 * automatically if the sellers stay silent, equal to the sum of the buyers' proposals, and none of another company's
 * stores; the arbitration supervisor sees every store.
 */
class CockpitDashboardBrowserTest extends WebappTestSupport {

    @Test
    void R2_theStoreSupervisorReadsHisStoresMoneyAtRisk_theArbitrationSupervisorEveryStore() {
        String a1 = run + "-a1";
        String a2 = run + "-a2";
        String b1 = run + "-b1";
        store(run + "-a", a1);
        store(run + "-a", a2);
        store(run + "-b", b1);
        String supervisor = run + "-sup";
        person(supervisor, PlatformGroup.STORE_SUPERVISORS.id(), List.of(a1, a2));
        String platform = run + "-platform";
        person(platform, PlatformGroup.ARBITRATION_SUPERVISORS.id(), List.of(a1, a2, b1));
        openDispute(a1, "DEFECTIVE", "12.00");
        openDispute(a1, "DEFECTIVE", "20.50");
        openDispute(a2, "DEFECTIVE", "7.25");
        openDispute(b1, "DEFECTIVE", "30.00");

        Browser browser = browser();
        browser.signIn("cockpit", supervisor, supervisor + "-secret");
        String panel = browser.visible(By.cssSelector(".disputeflow-dashboard table.disputeflow-stores")).findElement(
                By.xpath("./ancestor::section[contains(@class,'disputeflow-dashboard')]")).getText();
        browser.scrollToCenter(browser.visible(By.cssSelector(".disputeflow-dashboard")));
        browser.screenshot("dashboard");

        assertThat(panel).contains("Disputes of my stores", "Money at risk: 39.75 USD", "Store " + a1, "Store " + a2,
                "32.50 USD · 2 disputes (R2)", "7.25 USD · 1 dispute (R2)",
                "0 disputes count in 2026-Q4; the rate needs the quarter's order volumes").doesNotContain("Store " + b1);

        browser.driver().manage().deleteAllCookies();
        browser.signIn("cockpit", platform, platform + "-secret");
        String everyStore = browser.visible(By.cssSelector(".disputeflow-dashboard table.disputeflow-stores"))
                .getText();
        assertThat(everyStore).contains("Store " + a1, "Store " + a2, "Store " + b1);
    }
}
