package io.disputeflow.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.disputeflow.intake.DisputeIntake;
import io.disputeflow.intake.OpenDispute;
import io.disputeflow.process.ProcessModel.Steps;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.refund.FaultInjectingPaymentProvider.Fault;
import io.disputeflow.store.Stores;
import io.disputeflow.buyer.BuyerActions;
import io.disputeflow.dispute.ActionNotAllowedException;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.support.Polling;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.EngineTime;
import io.disputeflow.support.TestPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application with the HTTP refund gateway against a misbehaving payment provider on loopback and "Pay refund"
 * retried as modelled (R5/PT2M, on "Settle agreement", whose job pays the refund too). A refund is paid exactly once (R19) whatever the provider does: errors and slow
 * answers are retried with the same idempotency key; an outage longer than the retries becomes incidents that a
 * retry resolves once the provider is back. The node's job executor is off: the test runs the jobs, several
 * process instances at a time, and moves Camunda's clock to each retry as the retry cycle scheduled it.
 */
class PaymentProviderFaultsTest {

    static final Instant OPENED = Instant.parse("2026-11-02T10:00:00Z");
    /** Refunds against the flaky provider; {@code -Ddrill.payments.refunds=120} for the bigger drill. */
    static final int FLAKY_REFUNDS = Integer.getInteger("drill.payments.refunds", 60);
    /** The job that pays: the step after the seller's acceptance, which settles and pays in one job. */
    static final String PAY_REFUND = Steps.SELLER_ACCEPTED;
    static final Duration CLIENT_TIMEOUT = Duration.ofMillis(500);
    static FaultInjectingPaymentProvider provider;
    static ApplicationNode node;
    static EngineTime jobs;
    static JdbcTemplate jdbc;
    static RuntimeService runtime;
    static TaskService tasks;
    static ManagementService management;

    @BeforeAll
    static void startProviderAndNode() throws IOException {
        ClockUtil.setCurrentTime(Date.from(OPENED));
        provider = new FaultInjectingPaymentProvider(CLIENT_TIMEOUT.multipliedBy(3));
        node = ApplicationNode.on(TestPostgres.newDatabase("payments")).name("payments-node")
                .jobExecutor(false)
                .property("disputeflow.refund.gateway", "http")
                .property("disputeflow.refund.http.url", provider.url().toString())
                .property("disputeflow.refund.http.connect-timeout", CLIENT_TIMEOUT.toMillis() + "ms")
                .property("disputeflow.refund.http.request-timeout", CLIENT_TIMEOUT.toMillis() + "ms")
                .start();
        ProcessEngine engine = node.engine();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        management = engine.getManagementService();
        jobs = EngineTime.executingJobs(management, 4);
        jdbc = node.bean(JdbcTemplate.class);
        node.bean(Stores.class).register("payco", "Payments Drill Ltd", "store-payco", "Payments Drill");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (provider != null) {
            provider.close();
        }
        ClockUtil.reset();
    }

    @Test
    void R19_providerFailsThirtyPercentOfCallsWithErrorsAndSlowAnswers_everyRefundIsPaidExactlyOnce() {
        provider.flaky(0.3, 3);
        int repeatedBefore = provider.repeatedKeys(); // e.g. the retry of the payment the R9 drill held
        List<String> disputes = openAndAccept("FLAKY", FLAKY_REFUNDS);

        jobs.until("every accepted refund is paid", () -> refunded("FLAKY") == disputes.size());

        assertThat(count("SELECT count(DISTINCT idempotency_key) FROM refund WHERE order_id LIKE 'O-FLAKY-%'"))
                .isEqualTo(disputes.size());
        assertThat(count("SELECT count(*) FROM refund WHERE order_id LIKE 'O-FLAKY-%'")).isEqualTo(disputes.size());
        for (String key : refundKeys("FLAKY")) {
            assertThat(provider.payments(key)).as("payments by the provider for %s", key).isEqualTo(1);
        }
        assertThat(provider.faults(Fault.ERROR_500)).isPositive();
        assertThat(provider.faults(Fault.UNAVAILABLE_503)).isPositive();
        assertThat(provider.faults(Fault.SLOW_BUT_PAID)).as("slow answers that paid").isPositive();
        assertThat(provider.repeatedKeys() - repeatedBefore).as("retries after a slow answer, answered 'already paid'")
                .isEqualTo(provider.faults(Fault.SLOW_BUT_PAID));
        int faults = provider.faults(Fault.ERROR_500) + provider.faults(Fault.UNAVAILABLE_503)
                + provider.faults(Fault.SLOW_BUT_PAID);
        assertThat((double) faults / provider.totalAttempts()).as("share of failed calls").isBetween(0.2, 0.4);
        assertThat(runtime.createIncidentQuery().count()).isZero();
        System.out.println("Flaky provider drill: " + disputes.size() + " refunds; " + provider);
    }

    @Test
    void R19_providerDownLongerThanTheRetries_incidentsAppear_aRetryOnceItIsBackPaysEachRefundOnce() {
        provider.flaky(0, 0);
        provider.down();
        List<String> disputes = openAndAccept("OUTAGE", 10);

        jobs.until("every refund of the outage has an incident", () -> runtime.createIncidentQuery()
                .activityId(PAY_REFUND).count() == disputes.size());
        assertThat(refunded("OUTAGE")).isZero();
        assertThat(provider.refusedWhileDown()).as("five attempts each (R5/PT2M)")
                .isEqualTo(5 * disputes.size());
        Incident incident = runtime.createIncidentQuery().activityId(PAY_REFUND).list().get(0);
        assertThat(incident.getIncidentMessage()).contains("answered HTTP 503", "retried with the same idempotency key");

        provider.up();
        // what a supervisor does in Cockpit: "Retry" on the failed jobs
        List<String> failed = management.createJobQuery().activityId(PAY_REFUND).noRetriesLeft().list().stream()
                .map(Job::getId).toList();
        management.setJobRetries(failed, 1);

        jobs.until("every refund of the outage is paid", () -> refunded("OUTAGE") == disputes.size());
        assertThat(runtime.createIncidentQuery().activityId(PAY_REFUND).count()).isZero();
        for (String key : refundKeys("OUTAGE")) {
            assertThat(provider.payments(key)).isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM refund WHERE order_id LIKE 'O-OUTAGE-%'")).isEqualTo(disputes.size());
    }

    @Test
    void R9_cancellationWhileTheRefundIsUnderWayAtTheProvider_refused_theRefundIsPaidOnce() throws Exception {
        provider.flaky(0, 0);
        String id = openAndAccept("UNDERWAY", 1).get(0);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        provider.holdAnswers();
        String payJob = management.createJobQuery().processInstanceId(instance).activityId(PAY_REFUND).singleResult()
                .getId();
        CompletableFuture<Void> paying = CompletableFuture.runAsync(() -> {
            try {
                management.executeJob(payJob);
            } catch (RuntimeException unanswered) {
                // the provider held its answer beyond the client's timeout: the job is retried later
            }
        });
        Polling.until("the provider received the payment request", Duration.ofSeconds(20),
                () -> provider.attempts(id + "/AGREEMENT/1") > 0, provider::toString);

        assertThatThrownBy(() -> node.bean(BuyerActions.class).cancel(id))
                .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("being executed");
        // the cancellation waited for the paying job, whose failed try undid the settlement on the record: the
        // pending settlement step alone refuses it
        assertThat(node.bean(DisputeRecords.class).get(id).decisions().execution()).isNull();

        provider.release();
        paying.get(30, TimeUnit.SECONDS);
        jobs.until("the refund under way is recorded", () -> refunded("UNDERWAY") == 1);
        assertThat(refundKeys("UNDERWAY")).hasSize(1);
        assertThat(provider.payments(refundKeys("UNDERWAY").get(0))).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM dispute WHERE status = 'CANCELLED' AND order_id LIKE 'O-UNDERWAY-%'"))
                .isZero();
    }

    /** Opens disputes of {@code count} orders and lets the seller accept each buyer proposal. */
    private static List<String> openAndAccept(String batch, int count) {
        DisputeIntake intake = node.bean(DisputeIntake.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(intake.open(new OpenDispute("O-" + batch + "-" + i, "store-payco", "buyer-" + i, "en",
                    "DEFECTIVE", null, new BigDecimal("10.00"), "USD", false, new BigDecimal("25.00"),
                    OPENED.minus(10, ChronoUnit.DAYS), 15, OPENED.plus(60, ChronoUnit.DAYS), "Cainiao",
                    "LP-" + batch + "-" + i)).id());
        }
        jobs.until("every seller's task of " + batch, () -> tasks.createTaskQuery()
                .taskDefinitionKey(Tasks.RESPOND_TO_DISPUTE).processInstanceBusinessKeyIn(ids.toArray(String[]::new))
                .count() == ids.size());
        for (String id : ids) {
            tasks.complete(respondTask(id).getId(), Map.of(Variables.SELLER_DECISION, "ACCEPT"));
        }
        return ids;
    }

    private static Task respondTask(String disputeId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(disputeId)
                .taskDefinitionKey(Tasks.RESPOND_TO_DISPUTE).singleResult();
    }

    private static int refunded(String batch) {
        return count("SELECT count(*) FROM dispute WHERE status = 'REFUNDED' AND order_id LIKE 'O-" + batch + "-%'");
    }

    private static List<String> refundKeys(String batch) {
        return jdbc.queryForList("SELECT idempotency_key FROM refund WHERE order_id LIKE ?", String.class,
                "O-" + batch + "-%");
    }

    private static int count(String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }
}
