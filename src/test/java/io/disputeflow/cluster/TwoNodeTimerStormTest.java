package io.disputeflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.intake.DisputeIntake;
import io.disputeflow.intake.OpenDispute;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.store.Stores;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.EngineTime;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes with Camunda's job executor on one PostgreSQL. N seller deadlines (R2) fall due at once
 * (N = {@value #DEFAULT_DISPUTES} here, {@code -Ddrill.storm.disputes=2000} for the big storm; the benchmark's
 * {@code storm-two-nodes} scenario runs N = 10,000): every timer fires exactly once, every buyer proposal is
 * refunded exactly once (R19, ledger), and both nodes did part of the work. Jobs that lost a race to the other
 * node are retried as modelled: Camunda's clock moves to their retry once nothing else is due.
 */
class TwoNodeTimerStormTest {

    static final int DEFAULT_DISPUTES = 300;
    static final int DISPUTES = Integer.getInteger("drill.storm.disputes", DEFAULT_DISPUTES);
    static final Instant OPENED = Instant.parse("2026-11-02T10:00:00Z");

    List<ApplicationNode> nodes = List.of();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ApplicationNode::close);
        ClockUtil.reset();
    }

    @Test
    void R2_R19_manySellerDeadlinesAtOnce_eachFiresOnceEachRefundPaidOnce_bothNodesWork() {
        ClockUtil.setCurrentTime(Date.from(OPENED));
        String url = TestPostgres.newDatabase("cluster");
        ApplicationNode nodeA = node(url, "node-a");
        ApplicationNode nodeB = node(url, "node-b");
        nodes = List.of(nodeA, nodeB);
        JdbcTemplate jdbc = nodeA.bean(JdbcTemplate.class);
        nodeA.bean(Stores.class).register("storm", "Storm Ltd", "store-storm", "Storm");
        EngineTime wait = EngineTime.withJobExecutor(nodeA.engine().getManagementService(), Duration.ofMinutes(6));

        DisputeIntake intake = nodeA.bean(DisputeIntake.class);
        for (int i = 0; i < DISPUTES; i++) {
            intake.open(new OpenDispute("O-STORM-" + i, "store-storm", "buyer-" + i, "en", "DEFECTIVE", null,
                    new BigDecimal("10.00"), "USD", false, new BigDecimal("25.00"), OPENED.minus(10, ChronoUnit.DAYS),
                    15, OPENED.plus(60, ChronoUnit.DAYS), "Cainiao", "LP-STORM-" + i));
        }
        ProcessEngine engine = nodeA.engine();
        wait.until("all disputes wait for the seller", () -> engine.getTaskService().createTaskQuery()
                .processDefinitionKey(Definitions.DISPUTE_RESOLUTION).count() == DISPUTES);

        // Day 4 first: the reminders to the agents (R2's follow-up) fire a day before the deadlines, as in real time.
        ClockUtil.setCurrentTime(Date.from(OPENED.plus(4, ChronoUnit.DAYS).plus(1, ChronoUnit.MINUTES)));
        wait.until("every reminder fired", () -> count(jdbc, "SELECT count(*) FROM act_hi_job_log WHERE act_id_ = '"
                + Timers.SELLER_RESPONSE_REMINDER + "' AND job_state_ = 2") == DISPUTES);
        ClockUtil.setCurrentTime(Date.from(OPENED.plus(5, ChronoUnit.DAYS).plus(1, ChronoUnit.MINUTES)));
        wait.until("every buyer proposal is refunded", () -> count(jdbc, "SELECT count(*) FROM refund") == DISPUTES
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

    /** A node that polls for due jobs often, so that the storm does not wait for idle acquisitions. */
    static ApplicationNode node(String databaseUrl, String name) {
        return ApplicationNode.on(databaseUrl).name(name)
                .property("camunda.bpm.job-execution.max-wait", "1000")
                .property("camunda.bpm.job-execution.wait-time-in-millis", "200")
                .property("camunda.bpm.job-execution.max-jobs-per-acquisition", "10")
                .property("spring.datasource.hikari.maximum-pool-size", "12")
                .start();
    }

    static int count(JdbcTemplate jdbc, String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }
}
