package io.disputeflow.settlement;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Apply ruling": the arbitrator's final ruling decides what is executed (R11). */
@Component("applyRuling")
public class ApplyRulingDelegate implements JavaDelegate {

    private final DisputeRecords records;

    public ApplyRulingDelegate(DisputeRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Settlement settlement = Settlements.ofRuling(
                (String) execution.getVariable(Variables.RULING_OUTCOME),
                (String) execution.getVariable(Variables.RULING_REFUND_AMOUNT),
                (String) execution.getVariable(Variables.PAID_AMOUNT));
        SettlementVariables.apply(execution, records, "RULING", settlement);
    }
}
