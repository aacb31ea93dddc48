package io.disputeflow.refund;

import io.disputeflow.dispute.CaseDecisions.Execution;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.ProcessModel;
import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Pay refund": releases the settled amount to the buyer through the ledger, under the idempotency key the
 * settlement step fixed on the dispute record (R19), in the asynchronous step that led here (the settlement's own, or
 * the one after the return or the retry decision). A failure rolls that whole step back, the settlement with it, and
 * its retry fixes the same key again. A refund the provider declines becomes the BPMN error {@code RefundDeclined}.
 */
@Component("executeRefund")
public class ExecuteRefundDelegate implements JavaDelegate {

    private final DisputeRecords records;
    private final RefundLedger ledger;

    public ExecuteRefundDelegate(DisputeRecords records, RefundLedger ledger) {
        this.records = records;
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String disputeId = execution.getProcessBusinessKey();
        Execution settled = records.get(disputeId).decisions().execution();
        if (settled == null) {
            throw new IllegalStateException("Dispute " + disputeId + " has no settled refund to pay");
        }
        try {
            ledger.pay(settled.refundKey(), disputeId, settled.refundAmount());
        } catch (RefundDeclinedException declined) {
            // a business answer, modelled in BPMN; an unreachable provider is technical: retries, then an incident
            execution.setVariable(Variables.REFUND_DECLINED_REASON, declined.getMessage());
            throw new BpmnError(ProcessModel.Errors.REFUND_DECLINED, declined.getMessage());
        }
    }
}
