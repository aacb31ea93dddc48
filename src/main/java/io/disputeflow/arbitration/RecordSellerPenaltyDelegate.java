package io.disputeflow.arbitration;

import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record seller penalty": the ruling found that the seller broke platform rules (R12). */
@Component("recordSellerPenalty")
public class RecordSellerPenaltyDelegate implements JavaDelegate {

    private final SellerPenalties penalties;

    public RecordSellerPenaltyDelegate(SellerPenalties penalties) {
        this.penalties = penalties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        penalties.record(execution.getProcessBusinessKey(), (String) execution.getVariable(Variables.STORE_ID),
                (String) execution.getVariable(Variables.RULING_NOTE));
    }
}
