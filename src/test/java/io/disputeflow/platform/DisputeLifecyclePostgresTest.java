package io.disputeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.disputeflow.arbitration.SellerPenalties;
import io.disputeflow.buyercare.BuyerMessages;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.persistence.InsertOnce;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.process.ProcessModel.Messages;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.refund.RefundLedger;
import io.disputeflow.refund.RefundRefusedException;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.PostgresSpringTest;
import io.disputeflow.support.TestDisputes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whole disputes on PostgreSQL with every real bean: the record, its timeline and the refund ledger follow the
 * processes.
 */
@PostgresSpringTest
class DisputeLifecyclePostgresTest {

    static final Instant NOW = Instant.parse("2026-11-09T10:00:00Z");

    @Autowired
    DisputeRecords records;
    @Autowired
    RefundLedger ledger;
    @Autowired
    SellerPenalties penalties;
    @Autowired
    BuyerMessages buyerMessages;
    @Autowired
    InsertOnce insertOnce;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void R4_counterOfferAcceptedByBuyer_partialRefundPaidAndRecordClosed() {
        String id = open("PG-R4", "PRICE_DROP", "15.00");
        Task respond = task(id, Tasks.RESPOND_TO_DISPUTE);
        tasks.complete(respond.getId(), Map.of("sellerDecision", "COUNTER_OFFER", "counterOfferType", "PARTIAL_REFUND",
                "counterOfferAmount", "8", "sellerMessage", "Price difference"));
        assertThat(records.get(id).status()).isEqualTo(DisputeStatus.NEGOTIATING);

        runtime.createMessageCorrelation(Messages.BUYER_ACCEPTED_COUNTER_OFFER).processInstanceBusinessKey(id).correlate();
        runJobs(id);

        DisputeRecord closed = records.get(id);
        assertThat(closed.status()).isEqualTo(DisputeStatus.REFUNDED);
        assertThat(closed.outcome()).isEqualTo("PARTIAL_REFUND");
        assertThat(closed.category()).isEqualTo("product");
        assertThat(closed.closedAt()).isNotNull();
        assertThat(ledger.refundsOfDispute(id)).containsExactly(new BigDecimal("8.00"));
        assertThat(records.timelineActions(id)).containsSubsequence("OPENED", "CASE_FILE_BUILT",
                "STATUS_AWAITING_SELLER", "SELLER_COUNTER_OFFER", "MESSAGE_TO_BUYER", "STATUS_NEGOTIATING",
                "AGREEMENT_SETTLED", "REFUND_PAID", "CLOSED_REFUNDED");
        assertThat(buyerMessages.bodies(id)).containsExactly("Price difference");
    }

    @Test
    void R2_sellerSilentFiveDays_timerFiresAndBuyersProposalIsRefunded() {
        String id = open("PG-R2", "NOT_AS_DESCRIBED", "25.00");
        Job deadline = management.createJobQuery().processInstanceId(task(id, Tasks.RESPOND_TO_DISPUTE)
                .getProcessInstanceId()).timers().activityId("Timer_SellerResponseDue").singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(NOW.plus(5, ChronoUnit.DAYS)));

        ClockUtil.setCurrentTime(Date.from(NOW.plus(5, ChronoUnit.DAYS)));
        management.executeJob(deadline.getId());
        runJobs(id);

        assertThat(records.get(id).status()).isEqualTo(DisputeStatus.REFUNDED);
        assertThat(ledger.refundsOfDispute(id)).containsExactly(new BigDecimal("25.00"));
        assertThat(task(id, Tasks.RESPOND_TO_DISPUTE)).isNull();
    }

    @Test
    void R18_changedMindSettledByNegotiation_doesNotCountTowardDisputeRate() {
        String id = open("PG-R18", "CHANGED_MIND", "20.00");
        tasks.complete(task(id, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of("sellerDecision", "ACCEPT"));
        runJobs(id);

        assertThat(records.get(id).countsTowardRate()).isFalse();
        assertThat(records.get(id).outcome()).isEqualTo("PARTIAL_REFUND");
    }

    @Test
    void R12_R18_arbitratedCaseWithPenalty_penaltyRecordedOnceAndCountsTowardRate() {
        String id = open("PG-R12", "CHANGED_MIND", "40.00");
        tasks.complete(task(id, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "REJECT", "sellerMessage", "Opened and used"));
        runtime.createMessageCorrelation(Messages.BUYER_ESCALATED).processInstanceBusinessKey(id).correlate();
        assertThat(records.get(id).status()).isEqualTo(DisputeStatus.IN_ARBITRATION);
        Task takeUp = task(id, Tasks.TAKE_UP_ARBITRATION_CASE);
        tasks.claim(takeUp.getId(), ApiFixture.arbitratorOf(identity, "lifecycle-arbitrator", "store-aurora-gadgets"));
        tasks.complete(takeUp.getId());
        runJobs(id);
        tasks.complete(task(id, Tasks.RULE_ON_DISPUTE).getId(), Map.of("rulingOutcome", "NO_REFUND",
                "sellerPenalty", true, "rulingNote", "Seller shipped a used item as new"));
        runJobs(id);

        DisputeRecord closed = records.get(id);
        assertThat(closed.status()).isEqualTo(DisputeStatus.CLOSED_NO_REFUND);
        assertThat(closed.countsTowardRate()).as("arbitrated disputes count, whatever the cause").isTrue();
        assertThat(penalties.countForStore("store-aurora-gadgets")).isOne();
        assertThat(penalties.record(id, "store-aurora-gadgets", "again")).as("a retried penalty step").isFalse();
        assertThat(penalties.countForStore("store-aurora-gadgets")).isOne();
    }

    @Test
    void R19_refundPaidOnceWhateverTheRetries() {
        String id = open("PG-R19", "DEFECTIVE", "40.00");
        tasks.complete(task(id, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of("sellerDecision", "ACCEPT"));
        runJobs(id);
        String key = id + "/AGREEMENT/1";

        assertThat(ledger.pay(key, id, new BigDecimal("40.00"))).as("a retry of the same refund").isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refund WHERE dispute_id = ?", Integer.class, id)).isOne();
        assertThatThrownBy(() -> ledger.pay(id + "/RULING/9", id, new BigDecimal("0.01")))
                .isInstanceOf(RefundRefusedException.class).hasMessageContaining("at most 0.00 USD can be refunded");
    }

    @Test
    void R19_duplicateRefundKeyInsideTheEnginesTransaction_leavesTheTransactionUsable() {
        String id = open("PG-R19TX", "LOST", "40.00");
        String insert = "INSERT INTO refund (idempotency_key, dispute_id, order_id, amount, currency, paid_at) "
                + "VALUES (?, ?, ?, 1.00, 'USD', now())";
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(insertOnce.insert(insert, id + "/TX", id, "O-" + id)).isTrue();
            assertThat(insertOnce.insert(insert, id + "/TX", id, "O-" + id)).as("the same key again").isFalse();
            // without the savepoint PostgreSQL answers "current transaction is aborted" here
            assertThat(jdbc.queryForObject("SELECT count(*) FROM refund WHERE dispute_id = ?", Integer.class, id))
                    .isOne();
            status.setRollbackOnly();
        });
    }

    @Test
    void R4_invalidCounterOfferThroughTheRestApi_is400WithTheReasonAndTheTaskStaysOpen() {
        String id = open("PG-REST", "PRICE_DROP", "15.00");
        Task respond = task(id, Tasks.RESPOND_TO_DISPUTE);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"variables": {"sellerDecision": {"value": "COUNTER_OFFER"},
                               "counterOfferType": {"value": "PARTIAL_REFUND"},
                               "counterOfferAmount": {"value": "99.00"}}}""";

        ResponseEntity<String> answer = http.withBasicAuth("admin", "test-admin-secret").postForEntity(
                "/engine-rest/task/" + respond.getId() + "/complete", new HttpEntity<>(body, headers), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("\u201CRefund amount offered\u201D 99.00 USD is more than the buyer paid (40.00 USD)",
                "\"field\":\"counterOfferAmount\"");
        assertThat(task(id, Tasks.RESPOND_TO_DISPUTE).getId()).isEqualTo(respond.getId());
    }

    private String open(String id, String reason, String requested) {
        return disputes().open(id, "store-aurora-gadgets", reason, requested, NOW);
    }

    private Task task(String disputeId, String key) {
        return disputes().task(disputeId, key);
    }

    private void runJobs(String disputeId) {
        disputes().runJobs(disputeId);
    }

    private TestDisputes disputes() {
        return new TestDisputes(records, runtime, tasks, management);
    }
}
