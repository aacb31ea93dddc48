package io.disputeflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.disputeflow.arbitration.RulingValidation;
import io.disputeflow.buyercare.BuyerMessages;
import io.disputeflow.buyercare.BuyerCareReplies;
import io.disputeflow.buyercare.BuyerCareUpdates;
import io.disputeflow.buyercare.ReplyTemplates;
import io.disputeflow.logistics.TrackingEvents;
import io.disputeflow.logistics.TrackingEvent;
import io.disputeflow.calendar.CalendarProperties;
import io.disputeflow.calendar.WorkingDayCalendar;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.arbitration.ArbitrationIntake;
import io.disputeflow.arbitration.Escalations;
import io.disputeflow.buyer.Cancellation;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.dispute.EscalationCause;
import io.disputeflow.dispute.Resolution;
import io.disputeflow.refund.RefundRetry;
import io.disputeflow.returns.ReturnOutcomes;
import io.disputeflow.negotiation.AlertStoreSupervisorDelegate;
import io.disputeflow.negotiation.RecordModificationDelegate;
import io.disputeflow.negotiation.SellerResponseValidation;
import io.disputeflow.negotiation.ProtectionExtension;
import io.disputeflow.negotiation.BuyerAbuseReports;
import io.disputeflow.arbitration.AbuseReportReview;
import io.disputeflow.deployment.ModelFiles;
import io.disputeflow.process.ProcessModel.Messages;
import io.disputeflow.process.ProcessModel.Steps;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.refund.ExecuteRefundDelegate;
import io.disputeflow.refund.RefundDeclinedException;
import io.disputeflow.refund.RefundLedger;
import io.disputeflow.returns.ReturnReceiptValidation;
import io.disputeflow.settlement.ApplyRulingDelegate;
import io.disputeflow.settlement.SettleAgreementDelegate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The main process, with its DMN and both call activities deployed; the database is replaced by mocks of the
 * dispute record and the refund ledger, every other bean is the real one. Time moves with Camunda's clock.
 */
@Deployment(resources = {
        "processes/DisputeResolution.bpmn", "processes/DisputeClassification.dmn",
        "processes/PlatformArbitration.bpmn", "processes/ReturnShipment.bpmn"})
class DisputeResolutionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

    static final Instant FILED = Instant.parse("2026-11-02T09:00:00Z"); // a Monday
    static final Instant PROTECTION_ENDS = FILED.plus(60, ChronoUnit.DAYS);

    ProcessEngine processEngine;
    ProcessTestRecords db = new ProcessTestRecords();
    DisputeRecords records = db.records;
    RefundLedger ledger = mock(RefundLedger.class);
    JavaDelegate collectEvidence = mock(JavaDelegate.class);
    JavaDelegate recordSellerPenalty = mock(JavaDelegate.class);
    BuyerMessages buyerMessages = mock(BuyerMessages.class);
    TrackingEvents tracking = mock(TrackingEvents.class);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        at(FILED);
        when(ledger.pay(any(), any(), any())).thenReturn(true);
        BuyerCareReplies replies = new BuyerCareReplies(records, tracking, new ReplyTemplates(), db.clock);
        Mocks.register("deadlines", new Deadlines());
        Mocks.register("returnPhotos", mock(org.camunda.bpm.engine.delegate.TaskListener.class));
        Mocks.register("disputeStatus", new DisputeStatusListener(db.disputeCase, records, new ClassificationLookup()));
        Mocks.register("collectEvidence", collectEvidence);
        Mocks.register("sellerResponseValidation",
                new SellerResponseValidation(records, db.disputeCase, mock(BuyerMessages.class),
                        new ProtectionExtension(db.disputeCase), replies,
                        new BuyerAbuseReports(db.disputeCase)));
        Mocks.register("abuseReportReview", new AbuseReportReview(db.disputeCase));
        Mocks.register("buyerCare", new BuyerCareUpdates(records, replies, buyerMessages));
        Mocks.register("alertStoreSupervisor", new AlertStoreSupervisorDelegate(records));
        Mocks.register("recordModification", new RecordModificationDelegate());
        Mocks.register("settleAgreement", new SettleAgreementDelegate(records, db.disputeCase));
        Mocks.register("applyRuling", new ApplyRulingDelegate(records, db.disputeCase));
        Mocks.register("executeRefund", new ExecuteRefundDelegate(records, ledger));
        Mocks.register("arbitrationIntake", new ArbitrationIntake(new WorkingDayCalendar(new EngineClock(),
                new CalendarProperties(java.time.ZoneOffset.UTC, List.of())), db.disputeCase));
        Mocks.register("escalation", new Escalations(db.disputeCase));
        Mocks.register("cancellation", new Cancellation(records));
        Mocks.register("refundRetry", new RefundRetry(db.disputeCase));
        Mocks.register("returnOutcome", new ReturnOutcomes(db.disputeCase));
        Mocks.register("rulingValidation", new RulingValidation(records, db.disputeCase));
        Mocks.register("recordSellerPenalty", recordSellerPenalty);
        Mocks.register("returnReceiptValidation", new ReturnReceiptValidation());
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    // ----- R2: the seller answers within 5 days, or the buyer's proposal is executed -----

    @Test
    void R2_sellerSilentFiveDays_buyerProposalExecuted() {
        ProcessInstance dispute = open("D-2", "NOT_AS_DESCRIBED", "25.00", "40.00", false);
        assertThat(respondTask()).hasDueDate(date(FILED.plus(5, ChronoUnit.DAYS)));

        at(FILED.plus(5, ChronoUnit.DAYS).minusSeconds(1));
        Assertions.assertNull(dueTimer(dispute, "Timer_SellerResponseDue"), "nothing may fire before day 5");
        assertThat(dispute).isWaitingAt(Tasks.RESPOND_TO_DISPUTE);

        at(FILED.plus(5, ChronoUnit.DAYS));
        fire(dispute, "Timer_SellerResponseDue");
        runAsyncSteps();

        assertThat(dispute).isEnded().hasPassedInOrder("EndEvent_ProposalGrantedByDefault", "Task_SettleAgreement",
                "Task_PayRefund", "EndEvent_PartialRefundPaid");
        verify(ledger).pay("D-2/AGREEMENT/1", "D-2", new BigDecimal("25.00"));
        assertClosed(dispute, DisputeStatus.REFUNDED, "PARTIAL_REFUND");
    }

    @Test
    void R2_theSellersFiveDaysCountFromTheRequest_evenWhenTheTaskAppearsLate() {
        ProcessInstance dispute = runtimeService().startProcessInstanceByKey("DisputeResolution", "D-2L", Map.of(
                "disputeId", "D-2L", "storeId", "store-a", "reason", "DEFECTIVE", "currency", "USD",
                "paidAmount", "40.00", "requestedAmount", "40.00", "protectionEndsAt", date(PROTECTION_ENDS)));
        db.open("D-2L", "DEFECTIVE", "40.00", "40.00", false, PROTECTION_ENDS);
        at(FILED.plus(6, ChronoUnit.DAYS)); // the asynchronous intake steps run only now (e.g. after an outage)
        runAsyncSteps();

        assertThat(respondTask()).hasDueDate(date(FILED.plus(5, ChronoUnit.DAYS)));
        fire(dispute, "Timer_SellerResponseDue");
        runAsyncSteps();
        assertThat(dispute).isEnded().hasPassedInOrder("EndEvent_ProposalGrantedByDefault", "EndEvent_RefundPaid");
        verify(ledger).pay("D-2L/AGREEMENT/1", "D-2L", new BigDecimal("40.00"));
    }

    @Test
    void R2_oneDayBeforeTheDeadline_storeSupervisorIsAlerted() {
        ProcessInstance dispute = open("D-3", "DEFECTIVE", "40.00", "40.00", false);
        org.assertj.core.api.Assertions.assertThat(respondTask().getFollowUpDate()).isEqualTo(date(FILED.plus(4, ChronoUnit.DAYS)));

        at(FILED.plus(4, ChronoUnit.DAYS).minusSeconds(1));
        Assertions.assertNull(dueTimer(dispute, "Timer_SellerResponseReminder"));
        at(FILED.plus(4, ChronoUnit.DAYS));
        fire(dispute, "Timer_SellerResponseReminder");
        runAsyncSteps();

        List<String> groups = taskService().getIdentityLinksForTask(respondTask().getId()).stream()
                .map(IdentityLink::getGroupId).toList();
        org.assertj.core.api.Assertions.assertThat(groups).contains("seller-agents", "store-supervisors");
        org.assertj.core.api.Assertions.assertThat(respondTask().getPriority()).isEqualTo(80);
        assertThat(dispute).isWaitingAt(Tasks.RESPOND_TO_DISPUTE).hasPassed("EndEvent_SupervisorAlerted");
    }

    // ----- R3: a modification restarts the seller's 5 days -----

    @Test
    void R3_modificationOnDayThree_restartsTheSellersFiveDays() {
        ProcessInstance dispute = open("D-4", "NOT_AS_DESCRIBED", "25.00", "40.00", false);
        at(FILED.plus(3, ChronoUnit.DAYS));
        modify("D-4", "20.00");
        runAsyncSteps();

        assertThat(dispute).isWaitingAt(Tasks.RESPOND_TO_DISPUTE).hasPassed("Task_RecordModification",
                "Task_ReclassifyDispute");
        Date newDeadline = date(FILED.plus(8, ChronoUnit.DAYS));
        assertThat(respondTask()).hasDueDate(newDeadline);
        at(FILED.plus(5, ChronoUnit.DAYS));
        Assertions.assertNull(dueTimer(dispute, "Timer_SellerResponseDue"), "the old deadline no longer applies");
        at(FILED.plus(8, ChronoUnit.DAYS));
        fire(dispute, "Timer_SellerResponseDue");
        runAsyncSteps();

        org.assertj.core.api.Assertions.assertThat(db.get("D-4").requestedAmount()).isEqualByComparingTo("20.00");
        org.assertj.core.api.Assertions.assertThat(db.actions("D-4")).containsOnlyOnce("MODIFIED");
        verify(ledger).pay("D-4/AGREEMENT/1", "D-4", new BigDecimal("20.00"));
    }

    @Test
    void R3_modificationAfterRejection_sellerAnswersAgain() {
        ProcessInstance dispute = open("D-5", "DEFECTIVE", "40.00", "40.00", false);
        answer("REJECT", null, null, "The item works as described");
        assertThat(dispute).isWaitingAt("Gateway_BuyerNextStep");

        modify("D-5", "30.00");
        runAsyncSteps();

        assertThat(dispute).isWaitingAt(Tasks.RESPOND_TO_DISPUTE);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(dispute.getId(), "sellerDecision"))
                .as("the seller's earlier answer no longer applies").isNull();
    }

    // ----- R4 / R5: agreements are executed -----

    @Test
    void R4_buyerAcceptsPartialRefundCounterOffer_counterOfferPaid() {
        ProcessInstance dispute = open("D-6", "PRICE_DROP", "15.00", "40.00", false);
        answer("COUNTER_OFFER", "PARTIAL_REFUND", "8", "We refund the price difference");
        assertThat(dispute).isWaitingAt("Gateway_BuyerAnswersCounterOffer");

        correlate(Messages.BUYER_ACCEPTED_COUNTER_OFFER, "D-6");
        org.assertj.core.api.Assertions.assertThat(stepsOf(dispute)).as("settled and paid in a step of its own, not "
                + "in the buyer's request").containsExactly(Steps.AGREED_ON_COUNTER_OFFER);
        verify(ledger, never()).pay(any(), any(), any());
        runAsyncSteps();

        assertThat(dispute).isEnded().hasPassed("EndEvent_AgreedOnCounterOffer", "EndEvent_PartialRefundPaid");
        verify(ledger).pay("D-6/AGREEMENT/1", "D-6", new BigDecimal("8.00"));
    }

    @Test
    void R4_resendCounterOfferAccepted_closesWithoutRefund() {
        ProcessInstance dispute = open("D-7", "LOST", "40.00", "40.00", false);
        answer("COUNTER_OFFER", "RESEND", null, "We ship a new one today");
        correlate(Messages.BUYER_ACCEPTED_COUNTER_OFFER, "D-7");
        runAsyncSteps();

        assertThat(dispute).isEnded().hasPassed("EndEvent_GoodsResent");
        verify(ledger, never()).pay(any(), any(), any());
        assertClosed(dispute, DisputeStatus.CLOSED_NO_REFUND, "RESEND");
    }

    @Test
    void R4_counterOfferAboveThePaidAmount_isRefusedAndTheTaskStaysOpen() {
        open("D-8", "PRICE_DROP", "15.00", "40.00", false);
        Task respond = respondTask();

        org.camunda.bpm.engine.ProcessEngineException refused = Assertions.assertThrows(org.camunda.bpm.engine.ProcessEngineException.class, () ->
                taskService().complete(respond.getId(), Map.of("sellerDecision", "COUNTER_OFFER",
                        "counterOfferType", "PARTIAL_REFUND", "counterOfferAmount", "45.00")));
        org.assertj.core.api.Assertions.assertThat(refused.getMessage())
                .contains("\u201CRefund amount offered\u201D 45.00 USD is more than the buyer paid");
        Assertions.assertThrows(org.camunda.bpm.engine.ProcessEngineException.class, () ->
                taskService().complete(respond.getId(), Map.of("sellerDecision", "COUNTER_OFFER",
                        "counterOfferType", "PARTIAL_REFUND")));
        org.assertj.core.api.Assertions.assertThat(respondTask().getId()).isEqualTo(respond.getId());
    }

    @Test
    void R4_buyerRejectsCounterOffer_buyerMayThenEscalate() {
        ProcessInstance dispute = open("D-9", "DEFECTIVE", "40.00", "40.00", false);
        answer("COUNTER_OFFER", "PARTIAL_REFUND", "10.00", "10 for the scratch");
        correlate(Messages.BUYER_REJECTED_COUNTER_OFFER, "D-9");
        assertThat(dispute).isWaitingAt("Gateway_BuyerNextStep");

        correlate(Messages.BUYER_ESCALATED, "D-9");

        assertThat(processInstanceQuery().processDefinitionKey("PlatformArbitration").singleResult()).isNotNull();
    }

    @Test
    void R5_sellerAcceptsProposal_requestedAmountRefundedInFull() {
        ProcessInstance dispute = open("D-10", "WRONG_ITEM", "40.00", "40.00", false);
        answer("ACCEPT", null, null, null);
        runAsyncSteps();

        assertThat(dispute).isEnded().hasPassed("EndEvent_SellerAccepted", "EndEvent_RefundPaid");
        verify(ledger).pay("D-10/AGREEMENT/1", "D-10", new BigDecimal("40.00"));
        assertClosed(dispute, DisputeStatus.REFUNDED, "FULL_REFUND");
    }

    // ----- R6: escalation after a rejection -----

    @Test
    void R6_buyerEscalatesAfterRejection_caseGoesToArbitration() {
        ProcessInstance dispute = open("D-11", "NOT_AS_DESCRIBED", "40.00", "40.00", false);
        answer("REJECT", null, null, "As described on the product page");

        correlate(Messages.BUYER_ESCALATED, "D-11");

        assertThat(dispute).hasPassed("EndEvent_EscalateOnBuyerRequest")
                .isWaitingAt("CallActivity_PlatformArbitration");
        org.assertj.core.api.Assertions.assertThat(db.get(dispute.getBusinessKey()).decisions().escalationCause())
                .isEqualTo(EscalationCause.BUYER_ESCALATED);
    }

    @Test
    void R6_escalationBeforeTheSellerRejected_isNotPossible() {
        open("D-12", "NOT_AS_DESCRIBED", "40.00", "40.00", false);
        Assertions.assertThrows(MismatchingMessageCorrelationException.class,
                () -> correlate(Messages.BUYER_ESCALATED, "D-12"));
    }

    // ----- R7: 15 days from the first filing, whatever the modifications -----

    @Test
    void R7_noAgreementWithinFifteenDays_escalatesOnDaySixteen() {
        ProcessInstance dispute = open("D-13", "NOT_AS_DESCRIBED", "40.00", "40.00", false);
        at(FILED.plus(1, ChronoUnit.DAYS));
        answer("REJECT", null, null, "No");
        at(FILED.plus(12, ChronoUnit.DAYS));
        modify("D-13", "30.00"); // restarts the seller's 5 days (to day 17) but not the 15 days
        runAsyncSteps();

        at(FILED.plus(15, ChronoUnit.DAYS).minusSeconds(1));
        Assertions.assertNull(dueTimer(dispute, "Timer_NegotiationWindowEnds"), "still day 15");
        at(FILED.plus(15, ChronoUnit.DAYS));
        fire(dispute, "Timer_NegotiationWindowEnds");

        assertThat(dispute).isWaitingAt("CallActivity_PlatformArbitration");
        org.assertj.core.api.Assertions.assertThat(db.get(dispute.getBusinessKey()).decisions().escalationCause())
                .isEqualTo(EscalationCause.NO_AGREEMENT_IN_15_DAYS);
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery()
                .taskDefinitionKey(Tasks.RESPOND_TO_DISPUTE).count()).isZero();
    }

    @Test
    void R7_R8_theFifteenDaysAndTheProtectionEndRunFromTheStart_whateverTheAsynchronousIntakeSteps() {
        ProcessInstance dispute = runtimeService().startProcessInstanceByKey("DisputeResolution", "D-13A", Map.of(
                "disputeId", "D-13A", "storeId", "store-a", "reason", "NO_TRACKING_UPDATE", "currency", "USD",
                "paidAmount", "40.00", "requestedAmount", "40.00", "protectionEndsAt", date(PROTECTION_ENDS)));
        db.open("D-13A", "NO_TRACKING_UPDATE", "40.00", "40.00", false, PROTECTION_ENDS);
        // the intake steps (classification, case file) never ran, e.g. an incident nobody resolved

        assertThat(dueTimerAt("Timer_NegotiationWindowEnds")).hasDueDate(date(FILED.plus(15, ChronoUnit.DAYS)));
        assertThat(dueTimerAt("StartEvent_ProtectionPeriodEnded")).hasDueDate(date(PROTECTION_ENDS));
        at(FILED.plus(15, ChronoUnit.DAYS));
        fire(dispute, "Timer_NegotiationWindowEnds");

        assertThat(dispute).isWaitingAt("CallActivity_PlatformArbitration").hasNotPassed("Task_CollectEvidence");
        org.assertj.core.api.Assertions.assertThat(db.get("D-13A").decisions().escalationCause())
                .isEqualTo(EscalationCause.NO_AGREEMENT_IN_15_DAYS);
    }

    // ----- R8: goods in transit / not received escalate when protection ends -----

    @Test
    void R8_notReceivedDispute_escalatesWhenProtectionEnds() {
        ProcessInstance dispute = openWithProtection("D-14", "NO_TRACKING_UPDATE", FILED.plus(10, ChronoUnit.DAYS));
        answer("REJECT", null, null, "Still in transit");

        at(FILED.plus(10, ChronoUnit.DAYS).minusSeconds(1));
        Assertions.assertNull(dueTimer(dispute, "StartEvent_ProtectionPeriodEnded"));
        at(FILED.plus(10, ChronoUnit.DAYS));
        fire(dispute, "StartEvent_ProtectionPeriodEnded");

        assertThat(dispute).hasPassed("EndEvent_EscalateProtectionEnded").isWaitingAt("CallActivity_PlatformArbitration");
        org.assertj.core.api.Assertions.assertThat(db.get(dispute.getBusinessKey()).decisions().escalationCause())
                .isEqualTo(EscalationCause.PROTECTION_ENDED);
    }

    @Test
    void R8_protectionExtended_escalatesAtTheNewEndNotTheOld() {
        ProcessInstance dispute = openWithProtection("D-14X", "NO_TRACKING_UPDATE", FILED.plus(10, ChronoUnit.DAYS));
        at(FILED.plus(1, ChronoUnit.DAYS));
        Map<String, Object> answer = new java.util.HashMap<>();
        answer.put("sellerDecision", "REJECT");
        answer.put("sellerMessage", "Still in transit, we extended your protection");
        answer.put("protectionExtensionDays", 7L);
        taskService().complete(respondTask().getId(), answer);

        Instant newEnd = FILED.plus(17, ChronoUnit.DAYS);
        org.assertj.core.api.Assertions.assertThat(db.get("D-14X").protectionEndsAt()).isEqualTo(newEnd);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(dispute.getId(), "protectionEndsAt"))
                .isEqualTo(date(newEnd));
        org.assertj.core.api.Assertions.assertThat(db.actions("D-14X")).containsOnlyOnce("PROTECTION_EXTENDED");

        at(FILED.plus(10, ChronoUnit.DAYS));
        Assertions.assertNull(dueTimer(dispute, "StartEvent_ProtectionPeriodEnded"), "nothing at the old end");
        at(FILED.plus(17, ChronoUnit.DAYS).minusSeconds(1));
        Assertions.assertNull(dueTimer(dispute, "StartEvent_ProtectionPeriodEnded"));
        assertThat(dispute).isWaitingAt("Gateway_BuyerNextStep");
        at(FILED.plus(17, ChronoUnit.DAYS));
        fire(dispute, "StartEvent_ProtectionPeriodEnded");

        assertThat(dispute).hasPassed("EndEvent_EscalateProtectionEnded").isWaitingAt("CallActivity_PlatformArbitration");
        org.assertj.core.api.Assertions.assertThat(db.get("D-14X").decisions().escalationCause())
                .isEqualTo(EscalationCause.PROTECTION_ENDED);
    }

    @Test
    void R8_protectionExtensionOutOfRange_refusedAndNothingMoves() {
        ProcessInstance dispute = openWithProtection("D-14Y", "NO_TRACKING_UPDATE", FILED.plus(10, ChronoUnit.DAYS));
        for (Object days : List.of(31L, -1L, 2.5d)) {
            Map<String, Object> answer = new java.util.HashMap<>();
            answer.put("sellerDecision", "REJECT");
            answer.put("sellerMessage", "Still in transit");
            answer.put("protectionExtensionDays", days);
            String taskId = respondTask().getId();
            Exception refused = Assertions.assertThrows(Exception.class, () -> taskService().complete(taskId, answer));
            org.assertj.core.api.Assertions.assertThat(refused).hasMessageContaining("from 1 to 30");
        }
        assertThat(dispute).isWaitingAt(Tasks.RESPOND_TO_DISPUTE);
        org.assertj.core.api.Assertions.assertThat(db.get("D-14Y").protectionEndsAt())
                .isEqualTo(FILED.plus(10, ChronoUnit.DAYS));
        at(FILED.plus(10, ChronoUnit.DAYS));
        Assertions.assertNotNull(dueTimer(dispute, "StartEvent_ProtectionPeriodEnded"), "still the old end");
    }

    @Test
    void L1_saysTheProtectionIsExtended_refusedUnlessTheSellerExtendsIt() {
        ProcessInstance dispute = openWithProtection("D-14Z", "NO_TRACKING_UPDATE", FILED.plus(10, ChronoUnit.DAYS));
        Map<String, Object> answer = new java.util.HashMap<>();
        answer.put("sellerDecision", "REJECT");
        answer.put("sellerMessage", "Still in transit");
        answer.put("replyTemplate", "L1");
        String taskId = respondTask().getId();
        Exception refused = Assertions.assertThrows(Exception.class, () -> taskService().complete(taskId, answer));
        org.assertj.core.api.Assertions.assertThat(refused).hasMessageContaining("\u201CExtend the buyer's protection by (days)\u201D is needed with the L1 reply");
        assertThat(dispute).isWaitingAt(Tasks.RESPOND_TO_DISPUTE);

        answer.put("protectionExtensionDays", 3L);
        taskService().complete(taskId, answer);
        assertThat(dispute).isWaitingAt("Gateway_BuyerNextStep");
        org.assertj.core.api.Assertions.assertThat(db.get("D-14Z").protectionEndsAt())
                .isEqualTo(FILED.plus(13, ChronoUnit.DAYS));
    }

    @Test
    void R8_productDispute_isNotEscalatedWhenProtectionEnds() {
        ProcessInstance dispute = openWithProtection("D-15", "DEFECTIVE", FILED.plus(10, ChronoUnit.DAYS));
        answer("REJECT", null, null, "Works for us");
        at(FILED.plus(10, ChronoUnit.DAYS));
        fire(dispute, "StartEvent_ProtectionPeriodEnded");

        assertThat(dispute).hasPassed("EndEvent_ProtectionEndIrrelevant").isWaitingAt("Gateway_BuyerNextStep");
    }

    // ----- seller service duty: buyer care every 2 days after a rejection (seed 003 L2/L3, RULES.md service duties) -----

    @Test
    void L3_buyerCareReminderEveryTwoDaysAfterRejection_stopsWhenTheBuyerEscalates() {
        ProcessInstance dispute = open("D-50", "NO_TRACKING_UPDATE", "40.00", "40.00", false);
        at(FILED.plus(1, ChronoUnit.DAYS));
        answer("REJECT", null, null, "The parcel is on its way");

        at(FILED.plus(3, ChronoUnit.DAYS).minusSeconds(1));
        Assertions.assertNull(dueTimer(dispute, "StartEvent_BuyerCareUpdateDue"), "nothing before 2 days");
        at(FILED.plus(3, ChronoUnit.DAYS));
        fire(dispute, "StartEvent_BuyerCareUpdateDue");
        Task first = buyerCareTask();
        Assertions.assertNotNull(first, "Send buyer-care update after 2 days");
        assertThat(first).hasCandidateGroup("seller-agents").hasDueDate(date(FILED.plus(4, ChronoUnit.DAYS)));
        taskService().complete(first.getId(), Map.of("buyerCareMessage", "Customs holds the parcel; it moves soon"));
        verify(buyerMessages).send("D-50", "seller", null, "Customs holds the parcel; it moves soon");
        assertThat(dispute).isWaitingAt("Gateway_BuyerNextStep");

        at(FILED.plus(5, ChronoUnit.DAYS).minusSeconds(1));
        Assertions.assertNull(dueTimer(dispute, "StartEvent_BuyerCareUpdateDue"), "the next one 2 days later");
        at(FILED.plus(5, ChronoUnit.DAYS));
        fire(dispute, "StartEvent_BuyerCareUpdateDue");
        Assertions.assertNotNull(buyerCareTask(), "again 2 days later");

        correlate(Messages.BUYER_ESCALATED, "D-50");
        assertThat(dispute).isWaitingAt("CallActivity_PlatformArbitration");
        Assertions.assertNull(buyerCareTask(), "the open update ends with the wait");
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .activityId("StartEvent_BuyerCareUpdateDue").count()).as("no more reminders").isZero();
    }

    @Test
    void L3_buyerCareReminder_stopsWhenTheBuyerModifiesTheRequest() {
        ProcessInstance dispute = open("D-51", "NO_TRACKING_UPDATE", "40.00", "40.00", false);
        answer("REJECT", null, null, "The parcel is on its way");
        at(FILED.plus(2, ChronoUnit.DAYS));
        fire(dispute, "StartEvent_BuyerCareUpdateDue");
        Assertions.assertNotNull(buyerCareTask());

        modify("D-51", "30.00");
        runAsyncSteps();

        assertThat(dispute).isWaitingAt(Tasks.RESPOND_TO_DISPUTE);
        Assertions.assertNull(buyerCareTask(), "the seller answers the modified request instead");
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .activityId("StartEvent_BuyerCareUpdateDue").count()).isZero();
    }

    @Test
    void L3_buyerCareReminder_onlyForParcelsWithoutTrackingUpdate_andNeverTwoAtOnce() {
        ProcessInstance product = open("D-52", "DEFECTIVE", "40.00", "40.00", false);
        answer("REJECT", null, null, "Works for us");
        at(FILED.plus(2, ChronoUnit.DAYS));
        fire(product, "StartEvent_BuyerCareUpdateDue");
        assertThat(product).hasPassed("EndEvent_NoBuyerCareNeeded").isWaitingAt("Gateway_BuyerNextStep");
        Assertions.assertNull(buyerCareTask(), "no buyer-care update for a product dispute");

        correlate(Messages.BUYER_ESCALATED, "D-52");

        at(FILED);
        ProcessInstance parcel = open("D-53", "NO_TRACKING_UPDATE", "40.00", "40.00", false);
        answer("REJECT", null, null, "On its way");
        at(FILED.plus(2, ChronoUnit.DAYS));
        fire(parcel, "StartEvent_BuyerCareUpdateDue");
        at(FILED.plus(4, ChronoUnit.DAYS));
        fire(parcel, "StartEvent_BuyerCareUpdateDue");
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery()
                .taskDefinitionKey(Tasks.SEND_BUYER_CARE_UPDATE).count()).as("the open one is still due").isEqualTo(1);

        String taskId = buyerCareTask().getId();
        runtimeService().setVariable(parcel.getId(), "replyL2", "Delayed because of [carrier's reason].");
        Exception refused = Assertions.assertThrows(Exception.class,
                () -> taskService().complete(taskId, Map.of("buyerCareReply", "L2")));
        org.assertj.core.api.Assertions.assertThat(refused).hasMessageContaining("carrier's reason");
        Assertions.assertNotNull(buyerCareTask());
    }

    @Test
    void L3_buyerCareReminder_notWhileTheParcelMovesOrOnceDelivered() {
        ProcessInstance dispute = open("D-54", "NO_TRACKING_UPDATE", "40.00", "40.00", false);
        answer("REJECT", null, null, "On its way");
        at(FILED.plus(2, ChronoUnit.DAYS));
        when(tracking.history("Cainiao", "LPD-54")).thenReturn(List.of(new TrackingEvent(
                FILED.plus(1, ChronoUnit.DAYS), "IN_TRANSIT", "Madrid", "Moved on")));
        fire(dispute, "StartEvent_BuyerCareUpdateDue");
        Assertions.assertNull(buyerCareTask(), "tracking moved a day ago");

        at(FILED.plus(4, ChronoUnit.DAYS));
        when(tracking.history("Cainiao", "LPD-54")).thenReturn(List.of(new TrackingEvent(
                FILED.plus(1, ChronoUnit.DAYS), "IN_TRANSIT", "Madrid", "Moved on"), new TrackingEvent(
                FILED.plus(3, ChronoUnit.DAYS), TrackingEvent.DELIVERED, "Lyon", "Delivered, signed")));
        fire(dispute, "StartEvent_BuyerCareUpdateDue");
        Assertions.assertNull(buyerCareTask(), "delivered");
        assertThat(dispute).hasPassed("EndEvent_NoBuyerCareNeeded").isWaitingAt("Gateway_BuyerNextStep");
    }

    private Task buyerCareTask() {
        return taskService().createTaskQuery().taskDefinitionKey(Tasks.SEND_BUYER_CARE_UPDATE).singleResult();
    }

    // ----- seller service duty: report a buyer who demands money to cancel (RULES.md "abuse flag") -----

    @Test
    void abuseReport_withTheSellersAnswer_flagsDisputeAndBuyer_supervisorsReviewWhileTheDisputeGoesOn() {
        ProcessInstance dispute = open("D-40", "USAGE_PROBLEM", "40.00", "40.00", false);
        Map<String, Object> answer = new java.util.HashMap<>();
        answer.put("sellerDecision", "REJECT");
        answer.put("sellerMessage", "The product works, see the video");
        answer.put("reportAbuse", true);
        answer.put("abuseReportReason", "Wants a 30% refund or keeps the dispute open");
        taskService().complete(respondTask().getId(), answer);

        DisputeRecord record = db.get("D-40");
        org.assertj.core.api.Assertions.assertThat(record.decisions().abuseReport()).isNotNull();
        org.assertj.core.api.Assertions.assertThat(record.decisions().abuseReport().reason())
                .isEqualTo("Wants a 30% refund or keeps the dispute open");
        org.assertj.core.api.Assertions.assertThat(record.decisions().abuseReport().confirmed()).isNull();
        org.assertj.core.api.Assertions.assertThat(records.abuseReportsOf("buyer-D-40")).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(db.actions("D-40")).containsOnlyOnce("ABUSE_REPORTED");

        Task review = taskService().createTaskQuery().taskDefinitionKey(Tasks.REVIEW_ABUSE_REPORT).singleResult();
        Assertions.assertNotNull(review, "the arbitration supervisors get a review task");
        assertThat(review).hasCandidateGroup("arbitration-supervisors").hasDueDate(date(FILED.plus(2, ChronoUnit.DAYS)));
        assertThat(dispute).isWaitingAt("Gateway_BuyerNextStep", Tasks.REVIEW_ABUSE_REPORT);

        taskService().complete(review.getId(), Map.of("abuseConfirmed", true,
                "abuseReviewNote", "The chat shows the demand"));

        org.assertj.core.api.Assertions.assertThat(db.get("D-40").decisions().abuseReport().confirmed()).isTrue();
        org.assertj.core.api.Assertions.assertThat(db.actions("D-40")).containsOnlyOnce("ABUSE_REVIEWED");
        assertThat(dispute).hasPassed("EndEvent_AbuseReportReviewed").isWaitingAt("Gateway_BuyerNextStep");
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(dispute.getId()))
                .doesNotContainKeys("reportAbuse", "abuseReportReason", "abuseConfirmed", "abuseReviewNote");
    }

    @Test
    void abuseReport_withoutReason_refused_nothingFlagged() {
        ProcessInstance dispute = open("D-41", "USAGE_PROBLEM", "40.00", "40.00", false);
        Map<String, Object> answer = new java.util.HashMap<>();
        answer.put("sellerDecision", "ACCEPT");
        answer.put("reportAbuse", true);
        answer.put("abuseReportReason", "  ");
        String taskId = respondTask().getId();
        Exception refused = Assertions.assertThrows(Exception.class, () -> taskService().complete(taskId, answer));

        org.assertj.core.api.Assertions.assertThat(refused).hasMessageContaining("\u201CWhat the buyer demands or did\u201D is required");
        assertThat(dispute).isWaitingAt(Tasks.RESPOND_TO_DISPUTE);
        org.assertj.core.api.Assertions.assertThat(db.get("D-41").decisions().abuseReport()).isNull();
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery()
                .taskDefinitionKey(Tasks.REVIEW_ABUSE_REPORT).count()).isZero();
    }

    @Test
    void noAbuseReport_noReviewTask() {
        ProcessInstance dispute = open("D-42", "USAGE_PROBLEM", "40.00", "40.00", false);
        answer("REJECT", null, null, "Works as described");
        assertThat(dispute).isWaitingAt("Gateway_BuyerNextStep");
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery()
                .taskDefinitionKey(Tasks.REVIEW_ABUSE_REPORT).count()).isZero();
        org.assertj.core.api.Assertions.assertThat(db.get("D-42").decisions().abuseReport()).isNull();
    }

    // ----- R9: cancellation before a ruling -----

    @Test
    void R9_buyerCancelsWhileSellerAnswers_closedWithoutRefund() {
        ProcessInstance dispute = open("D-16", "CHANGED_MIND", "40.00", "40.00", true);

        correlate(Messages.BUYER_CANCELLED, "D-16");

        assertThat(dispute).isEnded().hasPassed("EndEvent_CancelledByBuyer");
        assertClosed(dispute, DisputeStatus.CANCELLED, "CANCELLED_BY_BUYER");
        verify(ledger, never()).pay(any(), any(), any());
    }

    @Test
    void R9_cancellationAfterTheRuling_isRefusedAndTheRulingIsExecuted() {
        ProcessInstance dispute = open("D-17", "NOT_AS_DESCRIBED", "40.00", "40.00", false);
        answer("REJECT", null, null, "No");
        correlate(Messages.BUYER_ESCALATED, "D-17");
        ProcessInstance arbitration = arbitrationOf("D-17");
        rule(arbitration, "PARTIAL_REFUND", "12.00");
        assertThat(dispute).isWaitingAt("Task_ApplyRuling");

        correlate(Messages.BUYER_CANCELLED, "D-17");
        runAsyncSteps();

        assertThat(dispute).isEnded().hasPassed("EndEvent_CancellationRefused", "EndEvent_PartialRefundPaid")
                .hasNotPassed("EndEvent_CancelledByBuyer");
        verify(ledger).pay("D-17/RULING/1", "D-17", new BigDecimal("12.00"));
    }

    /**
     * Until *Settle agreement* lost its own asynchronous step (the deadline now settles in its job), it was one:
     * instances of those earlier versions may still wait there after an upgrade, and a buyer's cancellation is refused
     * while they do, as their payment may be under way (R9).
     */
    @Test
    void R9_anEarlierVersionsInstanceWaitingToSettle_refusesTheCancellation() {
        String accepted = "<bpmn:endEvent id=\"EndEvent_SellerAccepted\" name=\"Seller accepted buyer's proposal\"";
        String settle = "<bpmn:serviceTask id=\"Task_SettleAgreement\" name=\"Settle agreement\"";
        DeploymentBuilder earlier = BpmnAwareTests.repositoryService().createDeployment();
        for (ModelFiles.ModelFile file : ModelFiles.shipped().inRequestOrder()) {
            earlier.addString(file.name(), !file.name().equals(ModelFiles.MAIN_DIAGRAM) ? file.text() : file.text()
                    .replace(accepted + " camunda:asyncBefore=\"true\">", accepted + ">")
                    .replace(settle, settle + " camunda:asyncBefore=\"true\""));
        }
        String deployment = earlier.deploy().getId();
        try {
            ProcessInstance dispute = open("D-54", "NOT_AS_DESCRIBED", "25.00", "40.00", false);
            answer("ACCEPT", null, null, null);
            org.assertj.core.api.Assertions.assertThat(stepsOf(dispute)).containsExactly(Steps.SETTLE_AGREEMENT);
            org.assertj.core.api.Assertions.assertThat(DisputeProcesses.settling(managementService(),
                    dispute.getId())).isTrue();

            correlate(Messages.BUYER_CANCELLED, "D-54");
            runAsyncSteps();

            assertThat(dispute).isEnded().hasPassed("EndEvent_CancellationRefused", "EndEvent_PartialRefundPaid")
                    .hasNotPassed("EndEvent_CancelledByBuyer");
            verify(ledger).pay("D-54/AGREEMENT/1", "D-54", new BigDecimal("25.00"));
        } finally {
            BpmnAwareTests.repositoryService().deleteDeployment(deployment, true);
        }
    }

    // ----- R11 / R13 / R16 / R17 through the call activities -----

    @Test
    void R11_noRefundRuling_closesWithoutRefund() {
        ProcessInstance dispute = open("D-18", "NOT_AS_DESCRIBED", "40.00", "40.00", false);
        answer("REJECT", null, null, "No");
        correlate(Messages.BUYER_ESCALATED, "D-18");
        rule(arbitrationOf("D-18"), "NO_REFUND", null);
        runAsyncSteps();

        assertThat(dispute).isEnded().hasPassed("EndEvent_ClosedWithoutRefund");
        verify(ledger, never()).pay(any(), any(), any());
    }

    @Test
    void R13_returnAgreedButNotShippedInTenDays_closesWithoutRefund() {
        ProcessInstance dispute = open("D-19", "DEFECTIVE", "40.00", "40.00", true);
        answer("ACCEPT", null, null, null);
        runAsyncSteps();
        assertThat(dispute).isWaitingAt("CallActivity_ReturnShipment");

        at(FILED.plus(10, ChronoUnit.DAYS));
        Job returnDue = managementService().createJobQuery().timers().executable().singleResult();
        managementService().executeJob(returnDue.getId());
        runAsyncSteps(); // what follows the return runs in a step of its own

        assertThat(dispute).isEnded().hasPassed("EndEvent_ReturnNotShipped");
        verify(ledger, never()).pay(any(), any(), any());
    }

    @Test
    void R13_theReturnsTenDaysCountFromTheAgreement_notFromTheLaterSettlementStep() {
        ProcessInstance dispute = open("D-19L", "DEFECTIVE", "40.00", "40.00", true);
        at(FILED.plus(1, ChronoUnit.DAYS));
        answer("ACCEPT", null, null, null);
        at(FILED.plus(3, ChronoUnit.DAYS)); // the settlement step runs two days later
        runAsyncSteps();

        Job returnDue = managementService().createJobQuery().timers().activityId("Timer_ReturnShipmentDue")
                .singleResult();
        assertThat(returnDue).hasDueDate(date(FILED.plus(11, ChronoUnit.DAYS)));
        at(FILED.plus(11, ChronoUnit.DAYS));
        managementService().executeJob(returnDue.getId());
        runAsyncSteps();
        assertThat(dispute).isEnded().hasPassed("EndEvent_ReturnNotShipped");
    }

    @Test
    void R16_sellerReportsWrongItemReturned_caseGoesToArbitrationAndRulingIsPaid() {
        ProcessInstance dispute = open("D-20", "DEFECTIVE", "40.00", "40.00", true);
        answer("ACCEPT", null, null, null);
        runAsyncSteps();
        runtimeService().createMessageCorrelation(Messages.RETURN_SHIPPED).processInstanceBusinessKey("D-20")
                .correlate();
        Task confirm = taskService().createTaskQuery().taskDefinitionKey(Tasks.CONFIRM_RETURN_RECEIPT).singleResult();
        taskService().complete(confirm.getId(), Map.of("returnReceipt", "WRONG_ITEM"));
        runAsyncSteps();

        assertThat(dispute).isWaitingAt("CallActivity_PlatformArbitration");
        org.assertj.core.api.Assertions.assertThat(db.get(dispute.getBusinessKey()).decisions().escalationCause())
                .isEqualTo(EscalationCause.RETURN_DISPUTED);
        rule(arbitrationOf("D-20"), "FULL_REFUND", null);
        runAsyncSteps();

        assertThat(dispute).isEnded().hasPassed("EndEvent_RefundPaid");
        verify(ledger).pay("D-20/RULING/2", "D-20", new BigDecimal("40.00"));
    }

    @Test
    void R17_defectiveItem_agreementRecordsThatTheSellerPaysReturnFreight() {
        ProcessInstance dispute = open("D-21", "DEFECTIVE", "40.00", "40.00", true);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(dispute.getId(), "returnFreightPayer"))
                .isEqualTo("SELLER");
        answer("ACCEPT", null, null, null);
        runAsyncSteps();

        org.assertj.core.api.Assertions.assertThat(db.records.timeline("D-21"))
                .anySatisfy(entry -> org.assertj.core.api.Assertions.assertThat(entry.detail())
                        .isEqualTo("Executing the agreement: refund after the return, 40.00 USD; "
                                + "return freight paid by the seller"));
        org.assertj.core.api.Assertions.assertThat(db.get("D-21").decisions().execution().resolution())
                .isEqualTo(Resolution.REFUND_WITH_RETURN);
    }

    // ----- R19: a refund the provider declines is a business case, not an incident -----

    @Test
    void R19_refundDeclinedByProvider_supervisorRetriesWithANewRequest_paidOnce() {
        when(ledger.pay(eq("D-22/AGREEMENT/1"), any(), any()))
                .thenThrow(new RefundDeclinedException("D-22/AGREEMENT/1", 422, "ACCOUNT_CLOSED", "Buyer account closed"));
        ProcessInstance dispute = open("D-22", "WRONG_ITEM", "40.00", "40.00", false);
        answer("ACCEPT", null, null, null);
        runAsyncSteps();

        assertThat(dispute).isWaitingAt(Tasks.RESOLVE_DECLINED_REFUND);
        org.assertj.core.api.Assertions.assertThat((String) runtimeService().getVariable(dispute.getId(),
                "refundDeclinedReason")).contains("Buyer account closed");
        Task resolve = taskService().createTaskQuery().taskDefinitionKey(Tasks.RESOLVE_DECLINED_REFUND).singleResult();
        assertThat(resolve).hasCandidateGroup("arbitration-supervisors");
        taskService().complete(resolve.getId(), Map.of("declinedRefundAction", "RETRY"));
        runAsyncSteps();

        assertThat(dispute).isEnded().hasPassed("EndEvent_RefundPaid");
        verify(ledger).pay("D-22/AGREEMENT/1-retry", "D-22", new BigDecimal("40.00"));
    }

    @Test
    void R19_refundDeclinedByProvider_supervisorCloses_noRefund() {
        when(ledger.pay(any(), any(), any()))
                .thenThrow(new RefundDeclinedException("D-23/AGREEMENT/1", 422, null, "Card expired"));
        ProcessInstance dispute = open("D-23", "WRONG_ITEM", "40.00", "40.00", false);
        answer("ACCEPT", null, null, null);
        runAsyncSteps();
        Task resolve = taskService().createTaskQuery().taskDefinitionKey(Tasks.RESOLVE_DECLINED_REFUND).singleResult();
        taskService().complete(resolve.getId(), Map.of("declinedRefundAction", "CLOSE"));
        runAsyncSteps();

        assertThat(dispute).isEnded().hasPassed("EndEvent_RefundDeclined");
        assertClosed(dispute, DisputeStatus.CLOSED_NO_REFUND, "REFUND_DECLINED");
    }

    // ----- asynchronous steps: as few as the guarantees allow, and never a payment in a person's request -----

    @Test
    void R14_R19_sellerConfirmsTheReturnReceipt_theRefundIsPaidInAStepOfItsOwn_notInTheSellersCompletion() {
        ProcessInstance dispute = open("D-50", "DEFECTIVE", "40.00", "40.00", true);
        answer("ACCEPT", null, null, null);
        runAsyncSteps();
        runtimeService().createMessageCorrelation(Messages.RETURN_SHIPPED).processInstanceBusinessKey("D-50")
                .correlate();
        Task confirm = taskService().createTaskQuery().taskDefinitionKey(Tasks.CONFIRM_RETURN_RECEIPT).singleResult();

        taskService().complete(confirm.getId(), Map.of("returnReceipt", "RECEIVED_OK"));

        verify(ledger, never()).pay(any(), any(), any());
        org.assertj.core.api.Assertions.assertThat(stepsOf(dispute)).containsExactly("CallActivity_ReturnShipment");
        runAsyncSteps();
        assertThat(dispute).isEnded().hasPassed("EndEvent_RefundPaid");
        verify(ledger).pay("D-50/AGREEMENT/1", "D-50", new BigDecimal("40.00"));
    }

    @Test
    void R19_supervisorRetriesADeclinedRefund_newKeyWithTheDecision_paymentInAStepOfItsOwn() {
        when(ledger.pay(eq("D-51/AGREEMENT/1"), any(), any()))
                .thenThrow(new RefundDeclinedException("D-51/AGREEMENT/1", 422, "ACCOUNT_CLOSED", "Buyer account closed"));
        ProcessInstance dispute = open("D-51", "WRONG_ITEM", "40.00", "40.00", false);
        answer("ACCEPT", null, null, null);
        runAsyncSteps();
        Task resolve = taskService().createTaskQuery().taskDefinitionKey(Tasks.RESOLVE_DECLINED_REFUND).singleResult();

        BpmnAwareTests.processEngine().getIdentityService().setAuthenticatedUserId("ines");
        try {
            taskService().complete(resolve.getId(), Map.of("declinedRefundAction", "RETRY"));
        } finally {
            BpmnAwareTests.processEngine().getIdentityService().clearAuthentication();
        }

        verify(ledger, never()).pay(eq("D-51/AGREEMENT/1-retry"), any(), any());
        org.assertj.core.api.Assertions.assertThat(db.get("D-51").decisions().execution().refundKey())
                .isEqualTo("D-51/AGREEMENT/1-retry");
        org.assertj.core.api.Assertions.assertThat(db.records.timeline("D-51"))
                .filteredOn(entry -> entry.action().equals("REFUND_RETRIED")).singleElement()
                .satisfies(entry -> org.assertj.core.api.Assertions.assertThat(entry.actor()).isEqualTo("ines"));
        org.assertj.core.api.Assertions.assertThat(stepsOf(dispute)).containsExactly(Tasks.RESOLVE_DECLINED_REFUND);
        runAsyncSteps();
        assertThat(dispute).isEnded().hasPassed("EndEvent_RefundPaid");
        verify(ledger).pay("D-51/AGREEMENT/1-retry", "D-51", new BigDecimal("40.00"));
    }

    @Test
    void R2_R19_intakeIsOneAsynchronousStep_aSellerDeadlineSettlesAndPaysInItsOwnJob() {
        db.open("D-52", "NOT_AS_DESCRIBED", "25.00", "40.00", false, PROTECTION_ENDS);
        ProcessInstance dispute = runtimeService().startProcessInstanceByKey("DisputeResolution", "D-52", Map.of(
                "disputeId", "D-52", "storeId", "store-a", "reason", "NOT_AS_DESCRIBED", "currency", "USD",
                "paidAmount", "40.00", "requestedAmount", "25.00", "protectionEndsAt", date(PROTECTION_ENDS)));

        org.assertj.core.api.Assertions.assertThat(stepsOf(dispute)).containsExactly("Task_ClassifyDispute");
        runAsyncSteps();
        assertThat(dispute).isWaitingAt(Tasks.RESPOND_TO_DISPUTE).hasPassed("Task_ClassifyDispute",
                "Task_CollectEvidence");
        org.assertj.core.api.Assertions.assertThat(jobsRun(dispute)).as("intake").containsExactly("Task_ClassifyDispute");

        at(FILED.plus(5, ChronoUnit.DAYS));
        fire(dispute, "Timer_SellerResponseDue");

        assertThat(dispute).isEnded().hasPassedInOrder("Task_SettleAgreement", "Task_PayRefund",
                "EndEvent_PartialRefundPaid");
        verify(ledger).pay("D-52/AGREEMENT/1", "D-52", new BigDecimal("25.00"));
        org.assertj.core.api.Assertions.assertThat(jobsRun(dispute)).as("intake, then the deadline")
                .containsExactly("Task_ClassifyDispute", "Timer_SellerResponseDue");
    }

    @Test
    void R2_R19_aSellersAcceptance_isSettledAndPaidInAStepOfItsOwn_notInTheAgentsRequest() {
        ProcessInstance dispute = open("D-53", "NOT_AS_DESCRIBED", "25.00", "40.00", false);

        taskService().complete(respondTask().getId(), Map.of("sellerDecision", "ACCEPT"));

        org.assertj.core.api.Assertions.assertThat(stepsOf(dispute)).containsExactly(Steps.SELLER_ACCEPTED);
        verify(ledger, never()).pay(any(), any(), any());
        runAsyncSteps();
        assertThat(dispute).isEnded().hasPassedInOrder("EndEvent_SellerAccepted", "Task_SettleAgreement",
                "Task_PayRefund");
        verify(ledger).pay("D-53/AGREEMENT/1", "D-53", new BigDecimal("25.00"));
    }

    @Test
    void R3_aModificationIsOneAsynchronousStep_recordedAndReclassifiedTogether() {
        ProcessInstance dispute = open("D-53", "CHANGED_MIND", "25.00", "40.00", false);
        modify("D-53", "20.00");

        org.assertj.core.api.Assertions.assertThat(stepsOf(dispute)).containsExactly("Task_RecordModification");
        runAsyncSteps();
        assertThat(dispute).isWaitingAt(Tasks.RESPOND_TO_DISPUTE).hasPassed("Task_RecordModification",
                "Task_ReclassifyDispute");
        org.assertj.core.api.Assertions.assertThat(jobsRun(dispute))
                .containsExactly("Task_ClassifyDispute", "Task_RecordModification");
    }

    @Test
    void R17_R18_theClassificationKeepsThreePlainVariables_neverASerializedResult_andEachDecisionIsInTheHistory() {
        ProcessInstance dispute = open("D-54", "NO_TRACKING_UPDATE", "40.00", "40.00", false);
        modify("D-54", "30.00");
        runAsyncSteps();

        Map<String, Object> variables = runtimeService().getVariables(dispute.getId());
        org.assertj.core.api.Assertions.assertThat(variables).containsEntry("category", "logistics")
                .containsEntry("escalateWhenProtectionEnds", true)
                .containsKeys("returnFreightPayer")
                .as("read from the decision when needed (ClassificationLookup)")
                .doesNotContainKeys("evidenceToCollect", "requiredEvidence", "countsTowardRateIfNegotiated")
                .doesNotContainKeys("classification", "decisionResult");
        org.camunda.bpm.engine.HistoryService history = BpmnAwareTests.historyService();
        org.assertj.core.api.Assertions.assertThat(history.createHistoricVariableInstanceQuery()
                .processInstanceId(dispute.getId()).list())
                .extracting(org.camunda.bpm.engine.history.HistoricVariableInstance::getName)
                .contains("category", "returnFreightPayer").doesNotContain("classification", "decisionResult");
        org.assertj.core.api.Assertions.assertThat(history.createHistoricVariableInstanceQuery()
                .processInstanceId(dispute.getId()).list())
                .extracting(org.camunda.bpm.engine.history.HistoricVariableInstance::getTypeName)
                .as("no serialized object variable").doesNotContain("object", "serializable");
        org.assertj.core.api.Assertions.assertThat(history.createHistoricDetailQuery()
                .processInstanceId(dispute.getId()).variableUpdates().list())
                .extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail)
                        .getVariableName())
                .doesNotContain("classification", "decisionResult");
        org.assertj.core.api.Assertions.assertThat(history.createHistoricDecisionInstanceQuery()
                .processInstanceId(dispute.getId()).includeOutputs().list())
                .as("classification and re-classification").hasSize(2)
                .allSatisfy(decision -> org.assertj.core.api.Assertions.assertThat(decision.getOutputs())
                        .extracting(org.camunda.bpm.engine.history.HistoricDecisionOutputInstance::getVariableName)
                        .contains("category", "returnFreightPayer", "evidenceToCollect",
                                "countsTowardRateIfNegotiated"));
    }

    // ----- helpers -----

    private ProcessInstance open(String id, String reason, String requested, String paid, boolean returnOffered) {
        return start(id, reason, requested, paid, returnOffered, PROTECTION_ENDS);
    }

    private ProcessInstance openWithProtection(String id, String reason, Instant protectionEnds) {
        return start(id, reason, "40.00", "40.00", false, protectionEnds);
    }

    private ProcessInstance start(String id, String reason, String requested, String paid, boolean returnOffered,
                                  Instant protectionEnds) {
        db.open(id, reason, requested, paid, returnOffered, protectionEnds);
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("DisputeResolution", id, Map.of(
                "disputeId", id, "storeId", "store-a", "orderId", "O-" + id, "reason", reason, "currency", "USD",
                "paidAmount", paid, "requestedAmount", requested, "returnOffered", returnOffered,
                "protectionEndsAt", date(protectionEnds)));
        runAsyncSteps();
        return instance;
    }

    private void answer(String decision, String type, String amount, String message) {
        Map<String, Object> answer = new java.util.HashMap<>();
        answer.put("sellerDecision", decision);
        answer.put("counterOfferType", type);
        answer.put("counterOfferAmount", amount);
        answer.put("sellerMessage", message);
        taskService().complete(respondTask().getId(), answer);
    }

    /** As the buyer's modification through the API: the record first, then the message. */
    private void modify(String id, String amount) {
        db.disputeCase.recordModification(db.get(id), "buyer", new BigDecimal(amount), db.get(id).reason(), "changed");
        runtimeService().createMessageCorrelation(Messages.BUYER_MODIFIED_DISPUTE).processInstanceBusinessKey(id)
                .setVariable("requestedAmount", amount).setVariable("description", "changed").correlate();
    }

    private void correlate(String message, String id) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(id).correlate();
    }

    private ProcessInstance arbitrationOf(String id) {
        return processInstanceQuery().processDefinitionKey("PlatformArbitration").processInstanceBusinessKey(id)
                .singleResult();
    }

    private void rule(ProcessInstance arbitration, String outcome, String amount) {
        Task takeUp = taskService().createTaskQuery().processInstanceId(arbitration.getId())
                .taskDefinitionKey(Tasks.TAKE_UP_ARBITRATION_CASE).singleResult();
        taskService().claim(takeUp.getId(), "arthur");
        taskService().complete(takeUp.getId());
        runAsyncSteps();
        Task ruling = taskService().createTaskQuery().processInstanceId(arbitration.getId())
                .taskDefinitionKey(Tasks.RULE_ON_DISPUTE).singleResult();
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("rulingOutcome", outcome);
        values.put("rulingRefundAmount", amount);
        values.put("sellerPenalty", false);
        values.put("rulingNote", "Decided on the evidence");
        taskService().complete(ruling.getId(), values);
    }

    private void assertClosed(ProcessInstance dispute, DisputeStatus status, String outcome) {
        DisputeRecord closed = db.get(dispute.getBusinessKey());
        org.assertj.core.api.Assertions.assertThat(closed.status()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(closed.outcome()).isEqualTo(outcome);
    }

    private Task respondTask() {
        return taskService().createTaskQuery().taskDefinitionKey(Tasks.RESPOND_TO_DISPUTE).singleResult();
    }

    /** Where the dispute's asynchronous continuations (not timers) wait now: their activity ids. */
    private List<String> stepsOf(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).messages().list().stream()
                .map(job -> managementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                        .singleResult().getActivityId()).toList();
    }

    /** The jobs of the dispute's process that ran to the end, oldest first: their activity ids. */
    private List<String> jobsRun(ProcessInstance instance) {
        return BpmnAwareTests.historyService().createHistoricJobLogQuery().processInstanceId(instance.getId())
                .successLog().orderByTimestamp().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(org.camunda.bpm.engine.history.HistoricJobLog::getActivityId).toList();
    }

    /** Runs the asynchronous continuations (not timers) until none is left. */
    private void runAsyncSteps() {
        for (int round = 0; round < 20; round++) {
            List<Job> steps = managementService().createJobQuery().messages().executable().list();
            if (steps.isEmpty()) {
                return;
            }
            steps.forEach(job -> managementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("asynchronous steps keep coming");
    }

    private Job dueTimerAt(String activityId) {
        return managementService().createJobQuery().timers().activityId(activityId).singleResult();
    }

    private Job dueTimer(ProcessInstance instance, String activityId) {
        return managementService().createJobQuery().timers().executable().activityId(activityId).singleResult();
    }

    private void fire(ProcessInstance instance, String activityId) {
        Job timer = dueTimer(instance, activityId);
        Assertions.assertNotNull(timer, "timer " + activityId + " should be due now");
        managementService().executeJob(timer.getId());
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(date(instant));
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }

    private static org.camunda.bpm.engine.RuntimeService runtimeService() {
        return BpmnAwareTests.runtimeService();
    }

    private static org.camunda.bpm.engine.TaskService taskService() {
        return BpmnAwareTests.taskService();
    }

    private static org.camunda.bpm.engine.ManagementService managementService() {
        return BpmnAwareTests.managementService();
    }

    private static org.camunda.bpm.engine.runtime.ProcessInstanceQuery processInstanceQuery() {
        return runtimeService().createProcessInstanceQuery();
    }
}
