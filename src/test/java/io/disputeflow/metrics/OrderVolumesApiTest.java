package io.disputeflow.metrics;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_AGENT;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.supervision.SupervisionOverview;
import io.disputeflow.supervision.SupervisionView.DisputeRate;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The marketplace's order system feeds each store's shipped orders per day; the quarter's dispute rate (R18) divides
 * by their sum, and says which days are missing instead of showing a rate of nothing. On PostgreSQL, over HTTP.
 */
class OrderVolumesApiTest extends ApiTestSupport {

    static final String FEED = "order-feed";
    /** NOW is 2026-11-23: 53 days of 2026-Q4 have passed (October 1 to November 22). */
    static final LocalDate QUARTER_START = LocalDate.parse("2026-10-01");
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Autowired
    SupervisionOverview supervision;

    String store;

    @BeforeEach
    void aStoreAndTheOrderFeed() {
        String run = Long.toString(System.nanoTime(), 36);
        store = "store-volumes-" + run;
        stores.register("volumes-" + run, "Volumes " + run, store, "Volumes " + run);
        if (identity.createUserQuery().userId(FEED).count() == 0) {
            User user = identity.newUser(FEED);
            user.setPassword(ApiFixture.password(FEED));
            identity.saveUser(user);
            identity.createMembership(FEED, PlatformGroup.PLATFORM_ADMINS.id());
        }
    }

    @Test
    void R18_theQuarterRateDividesByTheReportedDailyVolumes_andSaysWhenDaysAreMissing() {
        String counted = opened(openRequest("O-VOL-" + store, store, "DEFECTIVE", "30.00", NOW));
        assertThat(api.completeTask(ADMIN, disputes.task(counted, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "ACCEPT")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        disputes.runJobs(counted);
        JsonNode before = serviceLevel();
        assertThat(before.get("countedTowardRate").asInt()).isOne();
        assertThat(before.get("disputeRate").isNull()).as("no rate of nothing").isTrue();
        assertThat(before.get("orders").isNull()).isTrue();
        assertThat(before.get("orderVolumes").asText()).contains("needs the quarter's order volumes", "2026-Q4");

        for (LocalDate day = QUARTER_START; day.isBefore(TODAY.minusDays(3)); day = day.plusDays(1)) {
            assertThat(put(FEED, day.toString(), 1).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        JsonNode partly = serviceLevel();
        assertThat(partly.get("orders").asLong()).isEqualTo(50);
        assertThat(partly.get("orderVolumeDaysMissing").asInt()).isEqualTo(3);
        assertThat(partly.get("orderVolumes").asText()).contains("missing for 3 of the 53 days of 2026-Q4");

        for (LocalDate day = TODAY.minusDays(3); !day.isAfter(TODAY); day = day.plusDays(1)) {
            put(FEED, day.toString(), 1);
        }
        ResponseEntity<JsonNode> overwritten = put(FEED, QUARTER_START.toString(), 3);
        assertThat(put(FEED, "2026-09-30", 1_000_000).getStatusCode()).as("another quarter")
                .isEqualTo(HttpStatus.CREATED);

        assertThat(overwritten.getStatusCode()).as("a day reported again is replaced").isEqualTo(HttpStatus.OK);
        assertThat(overwritten.getBody().get("ordersShipped").asLong()).isEqualTo(3);
        assertThat(overwritten.getBody().get("reportedBy").asText()).isEqualTo(FEED);
        JsonNode fed = serviceLevel();
        assertThat(fed.get("orders").asLong()).as("54 days of 1 order, October 1st replaced by 3").isEqualTo(56);
        assertThat(fed.get("disputeRate").asText()).as("1 of 56 orders").isEqualTo("0.0179");
        assertThat(fed.get("orderVolumeDays").asInt()).isEqualTo(54);
        assertThat(fed.get("orderVolumeDaysMissing").asInt()).isZero();
        assertThat(fed.get("orderVolumes").isNull()).isTrue();
        DisputeRate dashboard = supervision.of(List.of(store), "test").stores().get(0).disputeRate();
        assertThat(dashboard.orders()).isEqualTo(56);
        assertThat(dashboard.rate()).isEqualByComparingTo(new BigDecimal("0.017857"));
        assertThat(dashboard.volumes()).isNull();
    }

    @Test
    void onlyPlatformAdministratorsReportVolumes_andInvalidDaysAndCountsAreNamed() {
        assertProblem(put(STOREFRONT, "2026-11-02", 10), HttpStatus.FORBIDDEN, null);
        assertProblem(put(NORTH_AGENT, "2026-11-02", 10), HttpStatus.FORBIDDEN, null);
        assertThat(put(ADMIN, "2026-11-02", 10).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertProblem(put(FEED, TODAY.plusDays(1).toString(), 10), HttpStatus.BAD_REQUEST, "date");
        assertProblem(put(FEED, "2026-13-01", 10), HttpStatus.BAD_REQUEST, "date");
        assertProblem(put(FEED, "2026-11-02", -1), HttpStatus.BAD_REQUEST, "ordersShipped");
        assertProblem(request(FEED, "/api/stores/" + store + "/order-volumes/2026-11-02", Map.of()),
                HttpStatus.BAD_REQUEST, "ordersShipped");
        assertProblem(request(FEED, "/api/stores/no-such-store/order-volumes/2026-11-02", Map.of("ordersShipped", 1)),
                HttpStatus.NOT_FOUND, null);
        assertThat(jdbc.queryForObject("SELECT orders_shipped FROM store_daily_order_volume WHERE store_id = ?",
                Long.class, store)).as("only the administrator's report").isEqualTo(10);
    }

    JsonNode serviceLevel() {
        ResponseEntity<JsonNode> level = api.get(FEED, "/api/stores/" + store + "/service-level?quarter=2026-Q4");
        assertThat(level.getStatusCode()).as(String.valueOf(level.getBody())).isEqualTo(HttpStatus.OK);
        return level.getBody();
    }

    ResponseEntity<JsonNode> put(String user, String day, long orders) {
        return request(user, "/api/stores/" + store + "/order-volumes/" + day, Map.of("ordersShipped", orders));
    }

    ResponseEntity<JsonNode> request(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return api.as(user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class);
    }

    static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        if (field != null) {
            assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo(field);
        }
    }
}
