package io.disputeflow.arbitration;

import io.disputeflow.dispute.Money;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.process.TaskInputRejected;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of "Rule on dispute": refuses an incomplete or impossible ruling (the task stays open) and
 * stores the normalised amount (full refund = paid amount, no refund = 0.00).
 */
@Component("rulingValidation")
public class RulingValidation implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Ruling ruling;
        try {
            ruling = RulingRules.validate(
                    task.getVariable(Variables.RULING_OUTCOME),
                    task.getVariable(Variables.RULING_REFUND_AMOUNT),
                    task.getVariable(Variables.SELLER_PENALTY),
                    task.getVariable(Variables.RULING_NOTE),
                    new BigDecimal((String) task.getVariable(Variables.PAID_AMOUNT)),
                    (String) task.getVariable(Variables.CURRENCY));
        } catch (IllegalArgumentException e) {
            throw TaskInputRejected.because(task.getName(), e.getMessage());
        }
        task.getExecution().setVariable(Variables.RULING_REFUND_AMOUNT, Money.format(ruling.refundAmount()));
        task.getExecution().setVariable(Variables.SELLER_PENALTY, ruling.sellerPenalty());
    }
}
