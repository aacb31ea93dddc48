package io.disputeflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;

import io.disputeflow.returns.ReturnOutcomes;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Messages;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.returns.ReturnReceiptValidation;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;
import org.mockito.Mockito;

/**
 * Rules R13-R16 on the {@code ReturnShipment} call activity, engine only. Each deadline is checked at both
 * edges: one second before it nothing is executable, at it the timer fires.
 */
@Deployment(resources = "processes/ReturnShipment.bpmn")
class ReturnShipmentProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final Instant RETURN_AGREED = Instant.parse("2026-11-02T09:00:00Z");
    private static final Duration SHIPMENT_WINDOW = Duration.ofDays(10);
    private static final Duration RECEIPT_WINDOW = Duration.ofDays(30);
    private static final Duration RECEIPT_FOLLOW_UP = Duration.ofDays(25);
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private static final String AWAIT_RETURN_TRACKING = "Task_AwaitReturnTracking";

    ProcessEngine processEngine;

    private final ProcessTestRecords db = new ProcessTestRecords();
    private DisputeStatusListener disputeStatus;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        disputeStatus = Mockito.mock(DisputeStatusListener.class);
        Mocks.register("returnOutcome", new ReturnOutcomes(db.disputeCase));
        Mocks.register("deadlines", new Deadlines());
        Mocks.register("returnPhotos", mock(org.camunda.bpm.engine.delegate.TaskListener.class));
        Mocks.register("disputeStatus", disputeStatus);
        Mocks.register("returnReceiptValidation", new ReturnReceiptValidation());
        setClock(RETURN_AGREED);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    // R13: return tracking within 10 days

    @Test
    void R13_returnTrackingFiledOnDayNine_waitsForReceipt() {
        ProcessInstance returnShipment = startReturn("D-13-1");
        assertThat(returnShipment).isWaitingAt(AWAIT_RETURN_TRACKING);

        Instant dayNine = RETURN_AGREED.plus(Duration.ofDays(9));
        setClock(dayNine);
        org.assertj.core.api.Assertions.assertThat(executableJobs(returnShipment)).isZero();
        fileReturnTracking("D-13-1");

        assertThat(returnShipment).hasPassed(AWAIT_RETURN_TRACKING).isWaitingAt(Tasks.CONFIRM_RETURN_RECEIPT);
        assertThat(task(returnShipment)).hasCandidateGroup("seller-agents")
                .hasDueDate(Date.from(dayNine.plus(RECEIPT_WINDOW)));
        org.assertj.core.api.Assertions.assertThat(task(returnShipment).getFollowUpDate())
                .isEqualTo(Date.from(dayNine.plus(RECEIPT_FOLLOW_UP)));
        // the shipment timer is gone; the only timer left is the seller's 30 days, counted from the filing
        assertThat(job(returnShipment)).hasDueDate(Date.from(dayNine.plus(RECEIPT_WINDOW)));
    }

    @Test
    void R13_noTrackingWithinTenDays_closesWithoutRefund() {
        ProcessInstance returnShipment = startReturn("D-13-2");
        assertThat(job(returnShipment)).hasDueDate(Date.from(RETURN_AGREED.plus(SHIPMENT_WINDOW)));

        setClock(RETURN_AGREED.plus(SHIPMENT_WINDOW).minus(ONE_SECOND));
        org.assertj.core.api.Assertions.assertThat(executableJobs(returnShipment)).isZero();
        assertThat(returnShipment).isWaitingAt(AWAIT_RETURN_TRACKING);

        setClock(RETURN_AGREED.plus(SHIPMENT_WINDOW));
        org.assertj.core.api.Assertions.assertThat(executableJobs(returnShipment)).isOne();
        execute(job(returnShipment));

        assertThat(returnShipment).isEnded().hasPassed("EndEvent_ReturnNotShipped")
                .hasNotPassed(Tasks.CONFIRM_RETURN_RECEIPT);
        org.assertj.core.api.Assertions.assertThat(returnOutcome(returnShipment)).isEqualTo("NOT_SHIPPED_IN_TIME");
    }

    // R14: the seller confirms receipt

    @Test
    void R14_sellerConfirmsReceipt_refundDue() {
        ProcessInstance returnShipment = startReturn("D-14-1");
        fileReturnTracking("D-14-1");

        complete(task(returnShipment), withVariables(Variables.RETURN_RECEIPT, "RECEIVED_OK"));

        assertThat(returnShipment).isEnded().hasPassed("EndEvent_ReturnReceived");
        org.assertj.core.api.Assertions.assertThat(returnOutcome(returnShipment)).isEqualTo("RECEIVED");
    }

    @Test
    void R14_unknownReturnReceipt_refusedAndTaskStaysOpen() {
        ProcessInstance returnShipment = startReturn("D-14-2");
        fileReturnTracking("D-14-2");
        Task confirm = task(returnShipment);

        ProcessEngineException refused = org.junit.jupiter.api.Assertions.assertThrows(ProcessEngineException.class,
                () -> taskService().complete(confirm.getId(), withVariables(Variables.RETURN_RECEIPT, "PARTLY_OK")));

        org.assertj.core.api.Assertions.assertThat(refused).hasMessageContaining("\u201CDid the return arrive as expected?\u201D")
                .hasMessageContaining("RECEIVED_OK, NOT_RECEIVED, WRONG_ITEM")
                .hasMessageContaining("'PARTLY_OK'");
        assertThat(returnShipment).isWaitingAt(Tasks.CONFIRM_RETURN_RECEIPT);
        assertThat(task(returnShipment)).hasId(confirm.getId());
        org.assertj.core.api.Assertions.assertThat(
                runtimeService().getVariable(returnShipment.getId(), Variables.RETURN_RECEIPT)).isNull();
    }

    @Test
    void R14_missingReturnReceipt_refusedAndTaskStaysOpen() {
        ProcessInstance returnShipment = startReturn("D-14-3");
        fileReturnTracking("D-14-3");
        Task confirm = task(returnShipment);

        ProcessEngineException refused = org.junit.jupiter.api.Assertions.assertThrows(ProcessEngineException.class,
                () -> taskService().complete(confirm.getId()));

        org.assertj.core.api.Assertions.assertThat(refused).hasMessageContaining("\u201CDid the return arrive as expected?\u201D is required");
        assertThat(returnShipment).isWaitingAt(Tasks.CONFIRM_RETURN_RECEIPT);
        assertThat(task(returnShipment)).hasId(confirm.getId());
    }

    @Test
    void R14_statusFollowsTheReturn_awaitingShipmentThenAwaitingReceipt() {
        startReturn("D-14-4");
        Mockito.verify(disputeStatus).enter(any(DelegateExecution.class), eq("AWAITING_RETURN_SHIPMENT"));
        Mockito.verifyNoMoreInteractions(disputeStatus);

        fileReturnTracking("D-14-4");

        InOrder inOrder = Mockito.inOrder(disputeStatus);
        inOrder.verify(disputeStatus).enter(any(DelegateExecution.class), eq("AWAITING_RETURN_SHIPMENT"));
        inOrder.verify(disputeStatus).enter(any(DelegateExecution.class), eq("AWAITING_RETURN_RECEIPT"));
        inOrder.verifyNoMoreInteractions();
    }

    // R15: the seller stays silent for 30 days

    @Test
    void R15_sellerSilentThirtyDays_refundExecutedAutomatically() {
        ProcessInstance returnShipment = startReturn("D-15-1");
        Instant filed = RETURN_AGREED.plus(Duration.ofDays(3));
        setClock(filed);
        fileReturnTracking("D-15-1");
        assertThat(job(returnShipment)).hasDueDate(Date.from(filed.plus(RECEIPT_WINDOW)));

        setClock(filed.plus(Duration.ofDays(29)));
        org.assertj.core.api.Assertions.assertThat(executableJobs(returnShipment)).isZero();
        setClock(filed.plus(RECEIPT_WINDOW).minus(ONE_SECOND));
        org.assertj.core.api.Assertions.assertThat(executableJobs(returnShipment)).isZero();
        assertThat(returnShipment).isWaitingAt(Tasks.CONFIRM_RETURN_RECEIPT);

        setClock(filed.plus(RECEIPT_WINDOW));
        org.assertj.core.api.Assertions.assertThat(executableJobs(returnShipment)).isOne();
        execute(job(returnShipment));

        assertThat(returnShipment).isEnded().hasPassed("EndEvent_RefundDueSellerSilent")
                .hasNotPassed("Gateway_ReturnAsExpected");
        org.assertj.core.api.Assertions.assertThat(returnOutcome(returnShipment)).isEqualTo("SELLER_SILENT");
    }

    // R16: the seller reports the return as not received or wrong

    @Test
    void R16_sellerReportsNotReceived_escalates() {
        ProcessInstance returnShipment = startReturn("D-16-1");
        fileReturnTracking("D-16-1");

        complete(task(returnShipment), withVariables(Variables.RETURN_RECEIPT, "NOT_RECEIVED"));

        assertThat(returnShipment).isEnded().hasPassed("EndEvent_ReturnDisputed");
        org.assertj.core.api.Assertions.assertThat(returnOutcome(returnShipment)).isEqualTo("RETURN_DISPUTED");
    }

    @Test
    void R16_sellerReportsWrongItem_escalates() {
        ProcessInstance returnShipment = startReturn("D-16-2");
        setClock(RETURN_AGREED.plus(Duration.ofDays(2)));
        fileReturnTracking("D-16-2");
        // last second of the seller's window: the answer still counts
        setClock(RETURN_AGREED.plus(Duration.ofDays(2)).plus(RECEIPT_WINDOW).minus(ONE_SECOND));

        complete(task(returnShipment), withVariables(Variables.RETURN_RECEIPT, "WRONG_ITEM"));

        assertThat(returnShipment).isEnded().hasPassed("EndEvent_ReturnDisputed")
                .hasNotPassed("EndEvent_RefundDueSellerSilent");
        org.assertj.core.api.Assertions.assertThat(returnOutcome(returnShipment)).isEqualTo("RETURN_DISPUTED");
    }

    private ProcessInstance startReturn(String disputeId) {
        db.open(disputeId, "DEFECTIVE", "24.90", "24.90", true, RETURN_AGREED.plus(Duration.ofDays(60)));
        return runtimeService().startProcessInstanceByKey(Definitions.RETURN_SHIPMENT, disputeId, withVariables(
                Variables.DISPUTE_ID, disputeId,
                Variables.STORE_ID, "S-1",
                Variables.CURRENCY, "USD",
                Variables.REFUND_AMOUNT, "24.90",
                Variables.AGREED_AT, Date.from(RETURN_AGREED),
                Variables.RETURN_FREIGHT_PAYER, "SELLER"));
    }

    private void fileReturnTracking(String disputeId) {
        runtimeService().createMessageCorrelation(Messages.RETURN_SHIPPED)
                .processInstanceBusinessKey(disputeId)
                .correlate();
    }

    private static long executableJobs(ProcessInstance processInstance) {
        return managementService().createJobQuery().processInstanceId(processInstance.getId()).executable().count();
    }

    /** What the calling process reads (the variable) and what the dispute record keeps agree. */
    private Object returnOutcome(ProcessInstance processInstance) {
        org.assertj.core.api.Assertions.assertThat(db.get(processInstance.getBusinessKey()).decisions().returnLeg()
                .outcome().name()).as("the record's return outcome").isEqualTo(variableOutcome(processInstance));
        return variableOutcome(processInstance);
    }

    private static Object variableOutcome(ProcessInstance processInstance) {
        return historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstance.getId())
                .variableName(Variables.RETURN_OUTCOME)
                .singleResult()
                .getValue();
    }

    private static void setClock(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }
}
