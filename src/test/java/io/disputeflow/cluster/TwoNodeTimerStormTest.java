package io.disputeflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.intake.DisputeIntake;
import io.disputeflow.intake.OpenDispute;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.store.Stores;
import io.disputeflow.support.ApplicationNodes;
import io.disputeflow.support.EngineTimeWaiting;
import io.disputeflow.support.TestPostgres;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes with Camunda's job executor on one PostgreSQL. 2,000 seller deadlines (R2) fall due at
 * once: every timer fires exactly once, every buyer proposal is refunded exactly once (R19, ledger), and both
 * nodes did part of the work.
 */
class TwoNodeTimerStormTest {

    static final int DISPUTES = 2000;
    static final Instant OPENED = Instant.parse("2026-11-02T10:00:00Z");
    static final EngineTimeWaiting WAIT = new EngineTimeWaiting(Duration.ofMinutes(6), Duration.ofMinutes(1));

    List<ConfigurableApplicationContext> nodes = List.of();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
        ClockUtil.reset();
    }

    @Test
    void R2_R19_twoThousandSellerDeadlinesAtOnce_eachFiresOnceEachRefundPaidOnce_bothNodesWork() {
        ClockUtil.setCurrentTime(Date.from(OPENED));
        String url = TestPostgres.newDatabase("cluster");
        ConfigurableApplicationContext nodeA = ApplicationNodes.start(url, "node-a");
        ConfigurableApplicationContext nodeB = ApplicationNodes.start(url, "node-b");
        nodes = List.of(nodeA, nodeB);
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        nodeA.getBean(Stores.class).register("storm", "Storm Ltd", "store-storm", "Storm");

        DisputeIntake intake = nodeA.getBean(DisputeIntake.class);
        for (int i = 0; i < DISPUTES; i++) {
            intake.open(new OpenDispute("O-STORM-" + i, "store-storm", "buyer-" + i, "en", "DEFECTIVE", null,
                    new BigDecimal("10.00"), "USD", false, new BigDecimal("25.00"), OPENED.minus(10, ChronoUnit.DAYS),
                    15, OPENED.plus(60, ChronoUnit.DAYS), "Cainiao", "LP-STORM-" + i));
        }
        ProcessEngine engine = nodeA.getBean(ProcessEngine.class);
        WAIT.until("all disputes wait for the seller", () -> engine.getTaskService().createTaskQuery()
                .processDefinitionKey(Definitions.DISPUTE_RESOLUTION).count() == DISPUTES);

        // Day 4 first: the reminders to the agents (R2's follow-up) fire a day before the deadlines, as in real time.
        ClockUtil.setCurrentTime(Date.from(OPENED.plus(4, ChronoUnit.DAYS).plus(1, ChronoUnit.MINUTES)));
        WAIT.until("every reminder fired", () -> count(jdbc, "SELECT count(*) FROM act_hi_job_log WHERE act_id_ = '"
                + Timers.SELLER_RESPONSE_REMINDER + "' AND job_state_ = 2") == DISPUTES);
        ClockUtil.setCurrentTime(Date.from(OPENED.plus(5, ChronoUnit.DAYS).plus(1, ChronoUnit.MINUTES)));
        WAIT.until("every buyer proposal is refunded", () -> count(jdbc, "SELECT count(*) FROM refund") == DISPUTES
                && count(jdbc, "SELECT count(*) FROM dispute WHERE status = 'REFUNDED'") == DISPUTES);

        assertThat(count(jdbc, "SELECT count(DISTINCT idempotency_key) FROM refund")).isEqualTo(DISPUTES);
        assertThat(count(jdbc, "SELECT count(*) FROM refund WHERE amount <> 10.00")).isZero();
        String timerFired = "SELECT count(*) FROM act_hi_job_log WHERE act_id_ = '" + Timers.SELLER_RESPONSE_DUE
                + "' AND job_state_ = 2";
        assertThat(count(jdbc, timerFired)).as("seller deadlines fired, once each").isEqualTo(DISPUTES);
        assertThat(count(jdbc, "SELECT count(DISTINCT process_instance_id_) FROM act_hi_job_log WHERE act_id_ = '"
                + Timers.SELLER_RESPONSE_DUE + "' AND job_state_ = 2")).isEqualTo(DISPUTES);
        for (String node : List.of("node-a", "node-b")) {
            assertThat(count(jdbc, timerFired + " AND hostname_ = '" + node + "'"))
                    .as("deadlines fired on %s", node).isPositive();
        }
    }

    static int count(JdbcTemplate jdbc, String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }
}
