package io.disputeflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.store.Stores;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the API tests: the whole application on PostgreSQL, the engine's clock at {@link #NOW}, the accounts
 * and stores of {@link ApiFixture}, and {@link TestDisputes} to drive asynchronous steps.
 */
@PostgresSpringTest
public abstract class ApiTestSupport {

    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected IdentityService identity;
    @Autowired
    protected Stores stores;
    @Autowired
    protected DisputeRecords records;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService tasks;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiFixture api;
    protected TestDisputes disputes;

    @BeforeEach
    void startTheClockAndTheAccounts() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        api = new ApiFixture(http, identity, stores);
        disputes = new TestDisputes(records, runtime, tasks, management);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    /** Opens a dispute through the API as the storefront (201 expected) and runs its intake steps. */
    protected String opened(Map<String, Object> request) {
        ResponseEntity<JsonNode> opened = api.post(ApiFixture.STOREFRONT, "/api/disputes", request);
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = opened.getBody().get("id").asText();
        disputes.runJobs(id);
        return id;
    }

    /** {@code GET /api/disputes/{id}} as the storefront (200 expected). */
    protected JsonNode dispute(String id) {
        ResponseEntity<JsonNode> response = api.get(ApiFixture.STOREFRONT, "/api/disputes/" + id);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    protected int disputesOfOrder(String orderId) {
        return jdbc.queryForObject("SELECT count(*) FROM dispute WHERE order_id = ?", Integer.class, orderId);
    }
}
