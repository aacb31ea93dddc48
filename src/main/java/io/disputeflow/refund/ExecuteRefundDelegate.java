package io.disputeflow.refund;

import io.disputeflow.dispute.Money;
import io.disputeflow.process.ProcessModel;
import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Pay refund": releases the settled amount to the buyer through the ledger, under the idempotency key fixed
 * by the settlement step before this asynchronous step (R19). A refund the provider declines becomes the BPMN
 * error {@code RefundDeclined}.
 */
@Component("executeRefund")
public class ExecuteRefundDelegate implements JavaDelegate {

    private final RefundLedger ledger;

    public ExecuteRefundDelegate(RefundLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            ledger.pay((String) execution.getVariable(Variables.REFUND_KEY), execution.getProcessBusinessKey(),
                    Money.parsePositive(Variables.REFUND_AMOUNT, execution.getVariable(Variables.REFUND_AMOUNT)));
        } catch (RefundDeclinedException declined) {
            // a business answer, modelled in BPMN; an unreachable provider is technical: retries, then an incident
            execution.setVariable(Variables.REFUND_DECLINED_REASON, declined.getMessage());
            throw new BpmnError(ProcessModel.Errors.REFUND_DECLINED, declined.getMessage());
        }
    }
}
