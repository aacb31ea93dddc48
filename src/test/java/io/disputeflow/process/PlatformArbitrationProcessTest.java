package io.disputeflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.disputeflow.arbitration.ArbitratorAssignment;
import io.disputeflow.arbitration.RulingValidation;
import io.disputeflow.identity.PeopleNames;
import io.disputeflow.calendar.CalendarProperties;
import io.disputeflow.calendar.WorkingDayCalendar;
import io.disputeflow.arbitration.ArbitrationIntake;
import io.disputeflow.dispute.EscalationCause;
import io.disputeflow.dispute.Ruling;
import io.disputeflow.dispute.RulingOutcome;
import io.disputeflow.process.ProcessModel.Tasks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rules R10-R12 on the PlatformArbitration call activity, engine only; time moves with Camunda's clock. */
@Deployment(resources = "processes/PlatformArbitration.bpmn")
class PlatformArbitrationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    static final Instant MONDAY = Instant.parse("2026-11-02T10:00:00Z");
    static final Instant FRIDAY = Instant.parse("2026-11-06T10:00:00Z");
    static final LocalDate HOLIDAY = LocalDate.parse("2026-11-03");

    ProcessEngine processEngine;
    ProcessTestRecords db = new ProcessTestRecords();
    DisputeStatusListener status = mock(DisputeStatusListener.class);
    JavaDelegate collectEvidence = mock(JavaDelegate.class);
    JavaDelegate recordSellerPenalty = mock(JavaDelegate.class);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("disputeStatus", status);
        Mocks.register("collectEvidence", collectEvidence);
        Mocks.register("recordSellerPenalty", recordSellerPenalty);
        Mocks.register("rulingValidation", new RulingValidation(db.records, db.disputeCase));
        Mocks.register("arbitratorChoices", mock(org.camunda.bpm.engine.delegate.TaskListener.class));
        Mocks.register("arbitratorAssignment", new ArbitratorAssignment(new PeopleNames(processEngine
                .getIdentityService(), new EngineReads(processEngine))));
        Mocks.register("arbitrationIntake", new ArbitrationIntake(new WorkingDayCalendar(new EngineClock(),
                new CalendarProperties(ZoneOffset.UTC, List.of(HOLIDAY))), db.disputeCase));
    }

    @AfterEach
    void tearDown() {
        org.camunda.bpm.engine.IdentityService identity = processEngine.getIdentityService();
        List.of("ines-deputy", "not-an-arbitrator").forEach(identity::deleteUser);
        identity.deleteGroup("arbitrators");
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void R10_intakeOneMomentBeforeTheDeadline_noEscalation() {
        at(MONDAY.plusSeconds(24 * 3600)); // Tuesday is a holiday: counting starts Wednesday
        ProcessInstance arbitration = escalate("A-1");
        Instant due = Instant.parse("2026-11-06T10:00:00Z"); // Wednesday + 2 working days = Friday
        assertThat(takeUpTask()).hasDueDate(Date.from(due));

        at(due.minusSeconds(1));
        Assertions.assertNull(dueIntakeTimer());
        takeUp("arthur");

        assertThat(arbitration).isWaitingAt(Tasks.RULE_ON_DISPUTE).hasNotPassed(Tasks.ASSIGN_OVERDUE_ARBITRATION_CASE);
        assertThat(rulingTask()).isAssignedTo("arthur");
        verify(status).enter(any(), eq("IN_ARBITRATION"));
    }

    @Test
    void R10_intakeMissedOnFriday_deadlineSkipsTheWeekend_supervisorAssignsTheCase() {
        at(FRIDAY);
        ProcessInstance arbitration = escalate("A-2");
        Instant tuesday = Instant.parse("2026-11-10T10:00:00Z");

        at(Instant.parse("2026-11-09T10:00:00Z")); // Monday: one working day has passed
        Assertions.assertNull(dueIntakeTimer(), "Monday is within the 2 working days");
        at(tuesday);
        Job timer = dueIntakeTimer();
        Assertions.assertNotNull(timer, "the intake deadline falls due on Tuesday");
        BpmnAwareTests.managementService().executeJob(timer.getId());

        Task assign = BpmnAwareTests.taskService().createTaskQuery()
                .taskDefinitionKey(Tasks.ASSIGN_OVERDUE_ARBITRATION_CASE).singleResult();
        assertThat(assign).hasCandidateGroup("arbitration-supervisors");
        Assertions.assertNull(takeUpTask(), "the arbitrators' intake task is withdrawn");
        arbitrator("ines-deputy");
        BpmnAwareTests.taskService().complete(assign.getId(), Map.of("assignedArbitrator", "ines-deputy"));
        runAsyncSteps();

        assertThat(arbitration).isWaitingAt(Tasks.RULE_ON_DISPUTE);
        assertThat(rulingTask()).isAssignedTo("ines-deputy");
    }

    @Test
    void R10_overdueCaseAssignedToSomeoneWhoIsNoArbitrator_refused_taskStaysOpen() {
        at(MONDAY);
        ProcessInstance arbitration = escalate("A-9");
        at(MONDAY.plus(5, ChronoUnit.DAYS));
        BpmnAwareTests.managementService().executeJob(dueIntakeTimer().getId());
        Task assign = BpmnAwareTests.taskService().createTaskQuery()
                .taskDefinitionKey(Tasks.ASSIGN_OVERDUE_ARBITRATION_CASE).singleResult();
        processEngine.getIdentityService().saveUser(processEngine.getIdentityService().newUser("not-an-arbitrator"));

        for (String who : new String[] {"not-an-arbitrator", "nobody-at-all", " "}) {
            ProcessEngineException refused = Assertions.assertThrows(ProcessEngineException.class, () ->
                    BpmnAwareTests.taskService().complete(assign.getId(), Map.of("assignedArbitrator", who)));
            org.assertj.core.api.Assertions.assertThat(refused.getMessage()).as(who)
                    .contains("\u201CArbitrator who rules on this case\u201D").doesNotContain("assignedArbitrator");
        }

        assertThat(arbitration).isWaitingAt(Tasks.ASSIGN_OVERDUE_ARBITRATION_CASE);
    }

    void arbitrator(String userId) {
        org.camunda.bpm.engine.IdentityService identity = processEngine.getIdentityService();
        if (identity.createGroupQuery().groupId("arbitrators").count() == 0) {
            identity.saveGroup(identity.newGroup("arbitrators"));
        }
        if (identity.createUserQuery().userId(userId).count() == 0) {
            identity.saveUser(identity.newUser(userId));
            identity.createMembership(userId, "arbitrators");
        }
    }

    @Test
    void R10_intakeCompletedWithoutClaim_rulingGoesToAllArbitrators() {
        at(MONDAY);
        escalate("A-8");
        BpmnAwareTests.taskService().complete(takeUpTask().getId(), Map.of("takeUpConfirmed", true));
        runAsyncSteps();

        assertThat(rulingTask()).isNotAssigned().hasCandidateGroup("arbitrators");
    }

    @Test
    void R11_partialRefundRuling_amountGoesBackToTheDispute() throws Exception {
        at(MONDAY);
        ProcessInstance arbitration = escalate("A-3");
        takeUp("arthur");
        rule("PARTIAL_REFUND", "12.5", false);

        assertThat(arbitration).isEnded().hasPassed("EndEvent_RulingMade").hasNotPassed("Task_RecordSellerPenalty");
        Ruling ruling = db.get("A-3").decisions().ruling();
        org.assertj.core.api.Assertions.assertThat(ruling.outcome()).isEqualTo(RulingOutcome.PARTIAL_REFUND);
        org.assertj.core.api.Assertions.assertThat(ruling.refundAmount()).isEqualByComparingTo("12.50");
        org.assertj.core.api.Assertions.assertThat(db.actions("A-3")).containsSubsequence("ARBITRATION_TAKEN_UP", "RULED");
        verify(collectEvidence).execute(any());
    }

    @Test
    void R11_fullRefundRuling_isNormalisedToThePaidAmount() {
        at(MONDAY);
        ProcessInstance arbitration = escalate("A-4");
        takeUp("arthur");
        rule("FULL_REFUND", null, false);

        assertThat(arbitration).isEnded();
        org.assertj.core.api.Assertions.assertThat(db.get("A-4").decisions().ruling().refundAmount())
                .isEqualByComparingTo("40.00");
    }

    @Test
    void R11_partialRefundWithoutAmountOrAbovePaid_isRefusedAndTheTaskStaysOpen() {
        at(MONDAY);
        escalate("A-5");
        takeUp("arthur");
        Task ruling = rulingTask();

        ProcessEngineException missing = Assertions.assertThrows(ProcessEngineException.class,
                () -> rule("PARTIAL_REFUND", null, false));
        org.assertj.core.api.Assertions.assertThat(missing.getMessage()).contains("\u201CRefund amount\u201D is required");
        ProcessEngineException tooMuch = Assertions.assertThrows(ProcessEngineException.class,
                () -> rule("PARTIAL_REFUND", "41.00", false));
        org.assertj.core.api.Assertions.assertThat(tooMuch.getMessage()).contains("more than the buyer paid");
        org.assertj.core.api.Assertions.assertThat(rulingTask().getId()).isEqualTo(ruling.getId());
    }

    @Test
    void R12_rulingFindsARuleBreach_penaltyIsRecorded() throws Exception {
        at(MONDAY);
        ProcessInstance arbitration = escalate("A-6");
        takeUp("arthur");
        rule("NO_REFUND", null, true);
        assertThat(arbitration).isWaitingAt("Task_RecordSellerPenalty");
        runAsyncSteps();

        assertThat(arbitration).isEnded().hasPassed("Task_RecordSellerPenalty", "EndEvent_RulingMade");
        verify(recordSellerPenalty).execute(any());
    }

    @Test
    void R12_noBreach_noPenalty() throws Exception {
        at(MONDAY);
        escalate("A-7");
        takeUp("arthur");
        rule("NO_REFUND", null, false);

        verify(recordSellerPenalty, never()).execute(any());
    }

    private ProcessInstance escalate(String disputeId) {
        db.open(disputeId, "NOT_AS_DESCRIBED", "40.00", "40.00", false, MONDAY.plus(60, ChronoUnit.DAYS));
        db.disputeCase.recordEscalation(disputeId, EscalationCause.BUYER_ESCALATED);
        return BpmnAwareTests.runtimeService().startProcessInstanceByKey("PlatformArbitration", disputeId, Map.of(
                "disputeId", disputeId, "storeId", "store-a", "currency", "USD", "paidAmount", "40.00",
                "requestedAmount", "40.00", "reason", "NOT_AS_DESCRIBED"));
    }

    private void takeUp(String arbitrator) {
        Task takeUp = takeUpTask();
        BpmnAwareTests.taskService().claim(takeUp.getId(), arbitrator);
        BpmnAwareTests.taskService().complete(takeUp.getId(), Map.of("takeUpConfirmed", true));
        runAsyncSteps();
    }

    private void rule(String outcome, String amount, boolean penalty) {
        Map<String, Object> values = new HashMap<>();
        values.put("rulingOutcome", outcome);
        values.put("rulingRefundAmount", amount);
        values.put("sellerPenalty", penalty);
        values.put("rulingNote", "Decided on both parties' evidence");
        BpmnAwareTests.taskService().complete(rulingTask().getId(), values);
    }

    private Task takeUpTask() {
        return BpmnAwareTests.taskService().createTaskQuery().taskDefinitionKey(Tasks.TAKE_UP_ARBITRATION_CASE)
                .singleResult();
    }

    private Task rulingTask() {
        return BpmnAwareTests.taskService().createTaskQuery().taskDefinitionKey(Tasks.RULE_ON_DISPUTE).singleResult();
    }

    private Job dueIntakeTimer() {
        return BpmnAwareTests.managementService().createJobQuery().timers().executable()
                .activityId("Timer_ArbitrationIntakeDue").singleResult();
    }

    private void runAsyncSteps() {
        BpmnAwareTests.managementService().createJobQuery().messages().executable().list()
                .forEach(job -> BpmnAwareTests.managementService().executeJob(job.getId()));
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
