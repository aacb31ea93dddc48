package io.disputeflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.storefront.WebhookDispatcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Failed deliveries of events to storefronts in Cockpit: a platform administrator reads on the dashboard which
 * storefront's endpoint does not take its events, how many wait since when, how often the oldest was tried and the
 * last error in words, next to an endpoint that receives everything; a store supervisor sees no such panel.
 */
class CockpitStorefrontDeliveriesBrowserTest extends WebappTestSupport {

    @Autowired
    WebhookDispatcher dispatcher;

    @Test
    void thePlatformAdministratorSeesWhichStorefrontDoesNotTakeItsEvents_theStoreSupervisorSeesNoPanel()
            throws IOException {
        String store = run + "-s1";
        store(run + "-c", store);
        String shop = run + "-shop";
        person(shop, PlatformGroup.STOREFRONT.id(), List.of());
        name(shop, "Aurora", "Webshop");
        String admin = run + "-padmin";
        person(admin, PlatformGroup.PLATFORM_ADMINS.id(), List.of());
        String supervisor = run + "-sup";
        person(supervisor, PlatformGroup.STORE_SUPERVISORS.id(), List.of(store));

        HttpServer healthy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        healthy.createContext("/events", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        healthy.start();
        try {
            String downUrl = "http://127.0.0.1:" + freePort() + "/disputeflow/events";
            String healthyUrl = "http://127.0.0.1:" + healthy.getAddress().getPort() + "/events";
            register(shop, downUrl, "Order service", store);
            register(shop, healthyUrl, "Buyer notifications", store);
            openDispute(store, "DEFECTIVE", "12.00");
            openDispute(store, "LOST", "20.00");
            Instant t = NOW;
            for (int round = 1; round <= 3; round++) {
                t = t.plus(1, ChronoUnit.MINUTES);
                dispatcher.deliverDue(t);
            }

            Browser browser = browser();
            browser.signIn("cockpit", admin, admin + "-secret");
            WebElement panel = browser.visible(By.cssSelector(".disputeflow-storefront-deliveries"));
            WebElement failing = browser.visible(By.xpath("//table[contains(@class,'disputeflow-deliveries')]"
                    + "//tr[.//span[@class='disputeflow-url' and text()='" + downUrl + "']]"));
            WebElement receiving = panel.findElement(By.xpath(".//tr[.//span[@class='disputeflow-url' and text()='"
                    + healthyUrl + "']]"));
            browser.scrollToCenter(panel);
            browser.screenshot("storefront-deliveries");

            assertThat(panel.findElement(By.tagName("h3")).getText()).isEqualTo("Storefront deliveries");
            assertThat(panel.getText()).contains("1 endpoint does not take its events.",
                    "retried for 3 days from its first attempt", "every event of the last 30 days");
            List<String> rows = browser.all(By.cssSelector("table.disputeflow-deliveries tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertThat(rows.indexOf(failing.getText())).as("failing endpoints first")
                    .isLessThan(rows.indexOf(receiving.getText()));
            assertThat(cells(failing)).containsExactly("Aurora Webshop", downUrl + "\nOrder service", "Store " + store,
                    "2 events", "23 Nov 2026, 10:01 UTC (tried 3 times; next try 23 Nov 2026, 10:03 UTC)",
                    "Could not reach the endpoint: the connection was refused (is the storefront's server down?)\n"
                            + "23 Nov 2026, 10:03 UTC", "never", "none");
            assertThat(cells(receiving)).contains("Aurora Webshop", "none", "23 Nov 2026, 10:01 UTC");
            assertThat(panel.getText()).doesNotContain(shop + " ", "PENDING", "Exception");

            browser.driver().manage().deleteAllCookies();
            browser.signIn("cockpit", supervisor, supervisor + "-secret");
            browser.visible(By.cssSelector(".disputeflow-dashboard table.disputeflow-stores"));
            browser.waiting().until(driver -> !driver.findElements(
                    By.cssSelector("[data-disputeflow-deliveries='not-allowed']")).isEmpty());
            assertThat(browser.all(By.cssSelector(".disputeflow-storefront-deliveries"))).isEmpty();
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .doesNotContain("Storefront deliveries");
        } finally {
            healthy.stop(0);
            jdbc.update("DELETE FROM webhook_delivery WHERE endpoint_id IN (SELECT id FROM webhook_endpoint"
                    + " WHERE owner_id = ?)", shop);
            jdbc.update("DELETE FROM webhook_endpoint WHERE owner_id = ?", shop);
        }
    }

    private void name(String userId, String firstName, String lastName) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setFirstName(firstName);
        user.setLastName(lastName);
        identity.saveUser(user);
    }

    private void register(String account, String url, String description, String storeId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("url", url);
        request.put("description", description);
        request.put("storeIds", List.of(storeId));
        ResponseEntity<JsonNode> registered = api.post(account, "/api/webhook-endpoints", request);
        assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.CREATED);
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
