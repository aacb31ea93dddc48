package io.disputeflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.support.ApplicationNode.NodeProcess;
import io.disputeflow.support.Polling;
import io.disputeflow.support.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Kill -9 of a node (a JVM of its own) while storefront clients open disputes and seller deadlines (R2) fire, then
 * five days pass before it is restarted: no accepted dispute is lost, every dispute continues, deadlines that
 * passed during the downtime fire after the restart, and no refund is paid twice (R19). Unanswered requests are
 * sent again with their Idempotency-Key, so each order ends with exactly one dispute. Disputes accepted just
 * before the crash, some still in their intake steps, had their seller's 5 days counted from the filing (R2): those
 * days passed during the downtime, so they are refunded at once after the restart, with the outcome of silence.
 */
class NodeCrashRecoveryTest {

    /** Disputes waiting for the seller when the deadlines fall due; {@code -Ddrill.crash.disputes=150} for more. */
    static final int WAITING_FOR_SELLER = Integer.getInteger("drill.crash.disputes", 75);
    static final int BURST_CLIENTS = 4;
    static final Duration DEADLINES_DUE = Duration.ofDays(5).plusMinutes(1);
    static final Duration AFTER_DOWNTIME = Duration.ofDays(10).plusMinutes(10);

    NodeProcess node;

    @AfterEach
    void killNode() throws InterruptedException {
        if (node != null) {
            node.kill();
        }
    }

    @Test
    void R2_R19_nodeKilledDuringOpeningsAndDeadlines_noDisputeLost_missedDeadlinesFireAfterRestart_noRefundTwice()
            throws IOException, InterruptedException {
        Path folder = Files.createDirectories(Path.of("target", "crash-drill"));
        CrashDrillNode.setClockOffset(folder, Duration.ZERO);
        String url = TestPostgres.newDatabase("crash");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, TestPostgres.USER, ""));
        StorefrontClients storefront = new StorefrontClients();

        node = CrashDrillNode.start(folder, "node-before-crash", url, true);
        storefront.open(node.baseUrl(), "WAITING", WAITING_FOR_SELLER, Instant.now());
        await("every dispute waits for the seller", Duration.ofMinutes(3), () -> count(jdbc,
                "SELECT count(*) FROM act_ru_task WHERE task_def_key_ = ?", Tasks.RESPOND_TO_DISPUTE)
                == WAITING_FOR_SELLER);

        // the sellers' deadlines fall due while new disputes pour in; the node dies in the middle of both
        CrashDrillNode.moveClock(folder, node, DEADLINES_DUE);
        storefront.startBurst(node.baseUrl(), "BURST", BURST_CLIENTS, Instant.now());
        await("a third of the deadlines handled and the burst under way", Duration.ofMinutes(3), () ->
                count(jdbc, "SELECT count(*) FROM refund") >= WAITING_FOR_SELLER / 3
                        && storefront.accepted().size() >= WAITING_FOR_SELLER + 20);
        node.kill();
        storefront.awaitBurstEnd();
        int refundsAtCrash = count(jdbc, "SELECT count(*) FROM refund");
        Map<String, String> acceptedBeforeCrash = Map.copyOf(storefront.accepted());
        List<String> sellerAnswerPending = jdbc.queryForList("SELECT e.business_key_ FROM act_ru_task t"
                + " JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_ WHERE t.task_def_key_ = ?", String.class,
                Tasks.RESPOND_TO_DISPUTE);
        assertThat(refundsAtCrash).as("deadlines still firing when the node died").isLessThan(WAITING_FOR_SELLER);
        assertThat(sellerAnswerPending).isNotEmpty();

        // five days pass while the node is down: the pending sellers' deadlines are missed; then it comes back
        CrashDrillNode.setClockOffset(folder, AFTER_DOWNTIME);
        Timestamp restartedAt = Timestamp.from(Instant.now());
        node = CrashDrillNode.start(folder, "node-after-restart", url, false);
        int unanswered = storefront.unanswered().size();
        storefront.resendUnanswered(node.baseUrl());
        assertThat(storefront.unanswered()).isEmpty();
        assertThat(storefront.unexpected()).isEmpty();
        int disputes = storefront.accepted().size();
        await("every deadline missed while the node was down has fired", Duration.ofMinutes(3), () -> count(jdbc,
                "SELECT count(*) FROM dispute WHERE status = 'REFUNDED' AND id IN ("
                        + String.join(",", Collections.nCopies(sellerAnswerPending.size(), "?")) + ")",
                sellerAnswerPending.toArray()) == sellerAnswerPending.size(), () -> state(jdbc));
        String deadlineFired = "SELECT count(*) FROM act_hi_job_log WHERE act_id_ = ? AND job_state_ = 2";
        assertThat(count(jdbc, deadlineFired + " AND hostname_ = 'node-after-restart' AND timestamp_ >= ?",
                Timers.SELLER_RESPONSE_DUE, restartedAt))
                .as("deadlines fired after the restart").isGreaterThanOrEqualTo(sellerAnswerPending.size());

        // disputes accepted just before the crash: their 5 days counted from the filing (R2) ended during the downtime,
        // so they are refunded at once, also those whose intake steps ran only after the restart
        List<String> filedBeforeCrash = List.copyOf(acceptedBeforeCrash.values());
        await("every dispute filed before the crash refunded, without moving the clock", Duration.ofMinutes(3),
                () -> count(jdbc, "SELECT count(*) FROM dispute WHERE status = 'REFUNDED' AND id IN ("
                        + String.join(",", Collections.nCopies(filedBeforeCrash.size(), "?")) + ")",
                        filedBeforeCrash.toArray()) == filedBeforeCrash.size(), () -> state(jdbc));
        // the requests sent again after the restart were filed then: their 5 days run from the restart
        CrashDrillNode.moveClock(folder, node, AFTER_DOWNTIME.plus(DEADLINES_DUE));
        await("every dispute refunded", Duration.ofMinutes(3), () -> count(jdbc,
                "SELECT count(*) FROM dispute WHERE status = 'REFUNDED'") == disputes, () -> state(jdbc));

        // no accepted dispute lost, none opened twice, none half-written
        assertThat(count(jdbc, "SELECT count(*) FROM dispute")).isEqualTo(disputes);
        acceptedBeforeCrash.forEach((order, id) -> assertThat(count(jdbc,
                "SELECT count(*) FROM dispute WHERE id = ? AND order_id = ?", id, order)).as(id).isEqualTo(1));
        assertThat(count(jdbc, "SELECT count(DISTINCT order_id) FROM dispute")).isEqualTo(disputes);
        assertThat(storefront.accepted().keySet()).as("every order a request was sent for has its dispute")
                .containsExactlyInAnyOrderElementsOf(storefront.ordersSent());
        assertThat(count(jdbc, "SELECT count(*) FROM dispute d WHERE NOT EXISTS (SELECT 1 FROM act_hi_procinst p"
                + " WHERE p.business_key_ = d.id AND p.proc_def_key_ = ?)", Definitions.DISPUTE_RESOLUTION)).isZero();
        // every seller deadline fired once
        assertThat(count(jdbc, deadlineFired, Timers.SELLER_RESPONSE_DUE)).isEqualTo(disputes);
        assertThat(count(jdbc, "SELECT count(DISTINCT process_instance_id_) FROM act_hi_job_log WHERE act_id_ = ?"
                + " AND job_state_ = 2", Timers.SELLER_RESPONSE_DUE)).isEqualTo(disputes);
        // one refund per dispute, never two
        assertThat(count(jdbc, "SELECT count(*) FROM refund")).isEqualTo(disputes);
        assertThat(count(jdbc, "SELECT count(DISTINCT dispute_id) FROM refund")).isEqualTo(disputes);
        assertThat(count(jdbc, "SELECT count(*) FROM act_ru_incident")).isZero();

        System.out.printf("Crash drill: %d disputes waiting, %d accepted and %d refunded when killed, %d sellers"
                        + " missed their deadline while down, %d requests unanswered and sent again, %d disputes"
                        + " refunded once each%n",
                WAITING_FOR_SELLER, acceptedBeforeCrash.size(), refundsAtCrash, sellerAnswerPending.size(), unanswered,
                disputes);
    }

    /** What the disputes and the engine's jobs look like, for a failure message. */
    static String state(JdbcTemplate jdbc) {
        return "\ndisputes by status: " + jdbc.queryForList("SELECT status, count(*) AS n FROM dispute GROUP BY status")
                + "\njobs: " + jdbc.queryForList("SELECT d.act_id_, j.retries_, j.lock_owner_ IS NOT NULL AS locked,"
                + " min(j.duedate_) AS first_due, count(*) AS n FROM act_ru_job j LEFT JOIN act_ru_jobdef d"
                + " ON d.id_ = j.job_def_id_ GROUP BY d.act_id_, j.retries_, locked")
                + "\nincidents: " + jdbc.queryForList("SELECT incident_msg_, count(*) AS n FROM act_ru_incident"
                + " GROUP BY incident_msg_");
    }

    static int count(JdbcTemplate jdbc, String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }

    /** Real time passes here: the node's job executor works in its own JVM. */
    private void await(String what, Duration patience, BooleanSupplier done) {
        await(what, patience, done, () -> "");
    }

    private void await(String what, Duration patience, BooleanSupplier done, Supplier<String> state) {
        Polling.until(what, patience, () -> {
            if (!node.alive()) {
                throw new AssertionError("The node died while waiting until " + what + ", see " + node.log());
            }
            return done.getAsBoolean();
        }, state);
    }
}
