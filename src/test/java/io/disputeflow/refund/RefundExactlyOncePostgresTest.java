package io.disputeflow.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.disputeflow.buyer.BuyerAction;
import io.disputeflow.buyer.BuyerActions;
import io.disputeflow.dispute.ActionNotAllowedException;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.process.ProcessModel.Steps;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.support.FaultyRefundProvider;
import io.disputeflow.support.Polling;
import io.disputeflow.support.PostgresSpringTest;
import io.disputeflow.support.TestDisputes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R19 on PostgreSQL against a payment provider that, like a real one, pays each idempotency key once: a crash
 * after the provider paid and before the engine committed, and two nodes paying the same refund at once, both
 * end with one payment and one ledger row.
 */
@PostgresSpringTest
class RefundExactlyOncePostgresTest {

    static final Instant NOW = Instant.parse("2026-11-09T10:00:00Z");
    /**
     * The step after the seller's acceptance: it settles and pays the refund in one job, so it carries the payment's
     * retries (R5/PT2M).
     */
    static final String SETTLE_AND_PAY = Steps.SELLER_ACCEPTED;

    @Autowired
    FaultyRefundProvider provider;
    @Autowired
    RefundLedger ledger;
    @Autowired
    DisputeRecords records;
    @Autowired
    BuyerActions buyerActions;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        provider.gate = null;
        provider.crashAfterPaying.set(false);
        provider.down.set(false);
    }

    @Test
    void R19_crashAfterTheProviderPaid_retryDoesNotPayTwice() {
        TestDisputes disputes = new TestDisputes(records, runtime, tasks, management);
        String id = disputes.open("X1-CRASH", "store-x", "DEFECTIVE", "40.00", NOW);
        provider.crashAfterPaying.set(true);
        tasks.complete(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of("sellerDecision", "ACCEPT"));
        // the job that settles and pays crashes after the provider paid
        Assertions.assertThrows(RuntimeException.class, () -> disputes.runJobs(id));

        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey("DisputeResolution").singleResult().getId();
        Job payment = management.createJobQuery().processInstanceId(instance).activityId(SETTLE_AND_PAY)
                .singleResult();
        Assertions.assertNotNull(payment, "the crashed payment is still a job");
        assertThat(payment.getExceptionMessage()).contains("crashed after the provider paid");
        assertThat(rows(id)).as("the crash rolled the ledger row back").isZero();
        assertThat(records.get(id).decisions().execution()).as("and the settlement with it").isNull();

        management.executeJob(payment.getId()); // the retry settles again: the same key

        assertThat(provider.payments(id + "/AGREEMENT/1")).isOne();
        assertThat(jdbc.queryForList("SELECT idempotency_key FROM refund WHERE dispute_id = ?", String.class, id))
                .containsExactly(id + "/AGREEMENT/1");
        assertThat(rows(id)).isOne();
        assertThat(records.get(id).status()).isEqualTo(DisputeStatus.REFUNDED);
    }

    /**
     * The seller stayed silent: the 5-day deadline settles and pays in its own job. That job crashes after the
     * provider paid; until its retry runs, the buyer's cancellation is refused, as the refund may be under way (R9),
     * and the retry, 2 minutes later as for every payment, pays nothing twice.
     */
    @Test
    void R2_R9_R19_theSellersDeadlineCrashesAfterTheProviderPaid_cancellationRefused_retryPaysOnce() {
        TestDisputes disputes = new TestDisputes(records, runtime, tasks, management);
        String id = disputes.open("X1-SILENT", "store-x", "DEFECTIVE", "40.00", NOW);
        Instant due = NOW.plus(5, ChronoUnit.DAYS);
        ClockUtil.setCurrentTime(Date.from(due));
        String deadline = job(id, Timers.SELLER_RESPONSE_DUE);
        assertThat(buyerActions.of(records.get(id))).as("a deadline that has not run yet does not hold the buyer back")
                .contains(BuyerAction.CANCELLATION.path());

        provider.crashAfterPaying.set(true);
        Assertions.assertThrows(RuntimeException.class, () -> management.executeJob(deadline));

        Job failed = management.createJobQuery().jobId(deadline).singleResult();
        assertThat(failed.getExceptionMessage()).contains("crashed after the provider paid");
        assertThat(failed.getRetries()).as("the payment's retries, R5/PT2M").isEqualTo(4);
        assertThat(failed.getDuedate()).isEqualTo(Date.from(due.plus(2, ChronoUnit.MINUTES)));
        assertThat(rows(id)).as("the crash rolled the ledger row back").isZero();
        assertThat(records.get(id).decisions().execution()).as("and the settlement with it").isNull();
        assertThatThrownBy(() -> buyerActions.cancel(id)).isInstanceOf(ActionNotAllowedException.class)
                .hasMessageContaining("being executed");
        assertThat(buyerActions.of(records.get(id))).doesNotContain(BuyerAction.CANCELLATION.path());

        ClockUtil.setCurrentTime(Date.from(due.plus(2, ChronoUnit.MINUTES)));
        management.executeJob(deadline);

        assertThat(provider.payments(id + "/AGREEMENT/1")).isOne();
        assertThat(rows(id)).isOne();
        assertThat(records.get(id).status()).isEqualTo(DisputeStatus.REFUNDED);
    }

    @Test
    void R19_providerDownLongerThanTheRetries_incidentThenRetryFromCockpitContinues() {
        TestDisputes disputes = new TestDisputes(records, runtime, tasks, management);
        String id = disputes.open("X1-DOWN", "store-x", "DEFECTIVE", "40.00", NOW);
        provider.down.set(true);
        tasks.complete(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of("sellerDecision", "ACCEPT"));
        Assertions.assertThrows(RuntimeException.class, () -> disputes.runJobs(id));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey("DisputeResolution").singleResult().getId();
        Job payment = management.createJobQuery().processInstanceId(instance).activityId(SETTLE_AND_PAY).singleResult();

        int attempts = 1;
        while (payment.getRetries() > 0) {
            String jobId = payment.getId();
            Assertions.assertThrows(RuntimeException.class, () -> management.executeJob(jobId));
            payment = management.createJobQuery().jobId(jobId).singleResult();
            attempts++;
        }

        assertThat(attempts).as("tries before the incident (R5/PT2M)").isEqualTo(5);
        Incident incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
        assertThat(incident.getIncidentMessage()).contains("provider unavailable");
        assertThat(rows(id)).isZero();

        provider.down.set(false);
        management.setJobRetries(payment.getId(), 1); // "Retry" in Cockpit
        management.executeJob(payment.getId());

        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(records.get(id).status()).isEqualTo(DisputeStatus.REFUNDED);
        assertThat(provider.payments(id + "/AGREEMENT/1")).isOne();
        assertThat(jdbc.queryForList("SELECT idempotency_key FROM refund WHERE dispute_id = ?", String.class, id))
                .as("every try settled under the same key").containsExactly(id + "/AGREEMENT/1");
    }

    @Test
    void R19_twoNodesPayTheSameRefundAtOnce_onePaymentOneRow() throws Exception {
        TestDisputes disputes = new TestDisputes(records, runtime, tasks, management);
        String id = disputes.open("X1-RACE", "store-x", "DEFECTIVE", "40.00", NOW);
        String key = id + "/RACE/1";
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> pay = () -> {
            start.await();
            return new TransactionTemplate(transactions).execute(status -> ledger.pay(key, id, new BigDecimal("40.00")));
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = List.of(nodes.submit(pay), nodes.submit(pay));
            start.countDown();
            int paid = 0;
            for (Future<Boolean> result : results) {
                paid += result.get() ? 1 : 0;
            }
            assertThat(paid).as("exactly one node reports the payment").isOne();
        } finally {
            nodes.shutdownNow();
        }
        assertThat(provider.payments(key)).isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refund WHERE idempotency_key = ?", Integer.class, key))
                .isOne();
    }

    @Test
    void R19_theSettleAndPayJobRunTwiceAtOnce_theLateRunPaysNothing() throws Exception {
        TestDisputes disputes = new TestDisputes(records, runtime, tasks, management);
        String id = disputes.open("X1-TWICE", "store-x", "NOT_AS_DESCRIBED", "15.00", NOW); // partial: below the ceiling twice
        tasks.complete(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of("sellerDecision", "ACCEPT"));

        runTwiceAtOnce(id, job(id, SETTLE_AND_PAY));

        assertPaidOnce(id);
    }

    @Test
    void R2_R19_theSellersDeadlineRunTwiceAtOnce_theLateRunPaysNothing() throws Exception {
        TestDisputes disputes = new TestDisputes(records, runtime, tasks, management);
        String id = disputes.open("X1-TWICE-SILENT", "store-x", "NOT_AS_DESCRIBED", "15.00", NOW);
        ClockUtil.setCurrentTime(Date.from(NOW.plus(5, ChronoUnit.DAYS)));

        runTwiceAtOnce(id, job(id, Timers.SELLER_RESPONSE_DUE));

        assertPaidOnce(id);
    }

    private String job(String disputeId, String activityId) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId)
                .processDefinitionKey("DisputeResolution").singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult().getId();
    }

    /**
     * The first run settles, locks the dispute and waits at the provider; a second run of the same job (an
     * administrator's "execute", or a node whose lock expired) waits for the dispute's lock, then must fail.
     */
    private void runTwiceAtOnce(String disputeId, String job) throws Exception {
        provider.paying = new CountDownLatch(1);
        provider.gate = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = nodes.submit(() -> management.executeJob(job));
            provider.paying.await();
            Future<?> second = nodes.submit(() -> management.executeJob(job));
            Polling.until("the second run waiting for the dispute", java.time.Duration.ofSeconds(20),
                    () -> jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                            + " AND datname = current_database()", Integer.class) > 0, () -> "no run waits");
            provider.gate.countDown();
            first.get();
            Assertions.assertThrows(java.util.concurrent.ExecutionException.class, second::get,
                    "the late run finds the work done and is rolled back");
        } finally {
            provider.gate = null;
            nodes.shutdownNow();
        }
    }

    private void assertPaidOnce(String id) {
        assertThat(provider.payments(id + "/AGREEMENT/1")).isOne();
        assertThat(provider.payments(id + "/AGREEMENT/2")).as("no second settlement was paid").isZero();
        assertThat(jdbc.queryForList("SELECT idempotency_key FROM refund WHERE dispute_id = ?", String.class, id))
                .containsExactly(id + "/AGREEMENT/1");
        assertThat(records.get(id).status()).isEqualTo(DisputeStatus.REFUNDED);
    }

    private int rows(String disputeId) {
        return jdbc.queryForObject("SELECT count(*) FROM refund WHERE dispute_id = ?", Integer.class, disputeId);
    }
}
