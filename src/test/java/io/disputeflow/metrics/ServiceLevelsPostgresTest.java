package io.disputeflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.ProcessModel.Messages;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.PostgresSpringTest;
import io.disputeflow.support.TestDisputes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The quarterly service level of a store (R12, R18), from real disputes on PostgreSQL. */
@PostgresSpringTest
class ServiceLevelsPostgresTest {

    static final String STORE = "store-metrics";
    static final Instant IN_Q4 = Instant.parse("2026-10-15T10:00:00Z");
    static final Instant IN_Q3 = Instant.parse("2026-09-30T23:59:00Z");

    @Autowired
    ServiceLevels serviceLevels;
    @Autowired
    DisputeRecords records;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService management;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void R18_quarterFiguresCountArbitratedDisputesAndNegotiatedOnesUnlessTheBuyersOwnCause() {
        TestDisputes disputes = new TestDisputes(records, runtime, tasks, management);
        // 1. negotiated, product problem: counts
        String defective = disputes.open("SL-1", STORE, "DEFECTIVE", "40.00", IN_Q4);
        tasks.complete(disputes.task(defective, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of("sellerDecision", "ACCEPT"));
        disputes.runJobs(defective);
        // 2. negotiated, buyer changed mind: does not count
        String changedMind = disputes.open("SL-2", STORE, "CHANGED_MIND", "10.00", IN_Q4);
        tasks.complete(disputes.task(changedMind, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of("sellerDecision", "ACCEPT"));
        disputes.runJobs(changedMind);
        // 3. arbitrated, buyer changed mind, seller penalised: counts
        String arbitrated = disputes.open("SL-3", STORE, "CHANGED_MIND", "40.00", IN_Q4);
        tasks.complete(disputes.task(arbitrated, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "REJECT", "sellerMessage", "No"));
        runtime.createMessageCorrelation(Messages.BUYER_ESCALATED).processInstanceBusinessKey(arbitrated).correlate();
        Task takeUp = disputes.task(arbitrated, Tasks.TAKE_UP_ARBITRATION_CASE);
        tasks.claim(takeUp.getId(), ApiFixture.arbitratorOf(identity, "service-levels-arbitrator", STORE));
        tasks.complete(takeUp.getId());
        disputes.runJobs(arbitrated);
        tasks.complete(disputes.task(arbitrated, Tasks.RULE_ON_DISPUTE).getId(), Map.of("rulingOutcome",
                "PARTIAL_REFUND", "rulingRefundAmount", "5.00", "sellerPenalty", true, "rulingNote", "Misleading"));
        disputes.runJobs(arbitrated);
        // 4. still open, previous quarter: not in Q4
        disputes.open("SL-4", STORE, "LOST", "40.00", IN_Q3);

        ServiceLevel q4 = serviceLevels.of(STORE, Quarter.parse("2026-Q4"));

        assertThat(q4.disputesOpened()).isEqualTo(3);
        assertThat(q4.resolvedByNegotiation()).isEqualTo(2);
        assertThat(q4.arbitrated()).isEqualTo(1);
        assertThat(q4.countedTowardRate()).isEqualTo(2);
        assertThat(q4.refundsPaid()).containsExactly(Map.entry("USD", new BigDecimal("55.00")));
        assertThat(q4.penalties()).isEqualTo(1);
        assertThat(q4.orders()).as("no order volumes are reported yet").isNull();
        assertThat(q4.disputeRate()).as("no rate of nothing").isNull();
        assertThat(serviceLevels.of(STORE, Quarter.parse("2026-Q3")).disputesOpened()).isOne();
    }

    @Test
    void R18_aDisputeCountsFromTheMomentItEntersArbitration_beforeAnyRuling() {
        String store = "store-metrics-arbitration";
        TestDisputes disputes = new TestDisputes(records, runtime, tasks, management);
        String escalated = disputes.open("SL-5", store, "CHANGED_MIND", "40.00", IN_Q4);
        tasks.complete(disputes.task(escalated, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "REJECT", "sellerMessage", "Works as described"));
        assertThat(serviceLevels.of(store, Quarter.parse("2026-Q4")).countedTowardRate())
                .as("rejected, not escalated yet").isZero();

        runtime.createMessageCorrelation(Messages.BUYER_ESCALATED).processInstanceBusinessKey(escalated).correlate();
        disputes.runJobs(escalated);

        assertThat(disputes.task(escalated, Tasks.TAKE_UP_ARBITRATION_CASE)).as("waiting for intake").isNotNull();
        ServiceLevel level = serviceLevels.of(store, Quarter.parse("2026-Q4"));
        assertThat(level.arbitrated()).isOne();
        assertThat(level.countedTowardRate()).as("counted once the platform intervenes, even for the buyer's own cause")
                .isOne();
    }
}
