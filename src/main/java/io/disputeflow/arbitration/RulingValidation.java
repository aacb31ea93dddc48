package io.disputeflow.arbitration;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.Ruling;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.process.TaskActors;
import io.disputeflow.process.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of "Rule on dispute": refuses an incomplete or impossible ruling (the task stays open) and
 * writes a valid one to the dispute record (full refund = paid amount, no refund = 0.00). The process keeps only
 * the penalty finding its gateway needs.
 */
@Component("rulingValidation")
public class RulingValidation implements TaskListener {

    private final DisputeRecords records;
    private final DisputeCase disputeCase;

    public RulingValidation(DisputeRecords records, DisputeCase disputeCase) {
        this.records = records;
        this.disputeCase = disputeCase;
    }

    @Override
    public void notify(DelegateTask task) {
        DisputeRecord dispute = records.get(task.getExecution().getProcessBusinessKey());
        Ruling ruling;
        try {
            ruling = RulingRules.validate(task.getVariable(Variables.RULING_OUTCOME),
                    task.getVariable(Variables.RULING_REFUND_AMOUNT), task.getVariable(Variables.SELLER_PENALTY),
                    task.getVariable(Variables.RULING_NOTE), dispute.paidAmount(), dispute.currency());
        } catch (IllegalArgumentException e) {
            throw TaskInputRejected.because(task, e);
        }
        disputeCase.recordRuling(dispute, TaskActors.of(task, "arbitrator"), ruling);
        task.getExecution().setVariable(Variables.SELLER_PENALTY, ruling.sellerPenalty());
        for (String onRecordOnly : new String[] {Variables.RULING_OUTCOME, Variables.RULING_REFUND_AMOUNT,
                Variables.RULING_NOTE}) {
            task.getExecution().removeVariable(onRecordOnly);
        }
    }
}
