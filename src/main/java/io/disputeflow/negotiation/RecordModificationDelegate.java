package io.disputeflow.negotiation;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.Money;
import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The buyer changed the request (R3): the record takes the new amount, reason and description, and the
 * seller's previous answer no longer applies, so the seller answers afresh.
 */
@Component("recordModification")
public class RecordModificationDelegate implements JavaDelegate {

    private final DisputeRecords records;

    public RecordModificationDelegate(DisputeRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.modify(execution.getProcessBusinessKey(),
                Money.parsePositive(Variables.REQUESTED_AMOUNT, execution.getVariable(Variables.REQUESTED_AMOUNT)),
                (String) execution.getVariable(Variables.REASON),
                (String) execution.getVariable(Variables.DESCRIPTION));
        execution.removeVariable(Variables.SELLER_DECISION);
        execution.removeVariable(Variables.COUNTER_OFFER_TYPE);
        execution.removeVariable(Variables.COUNTER_OFFER_AMOUNT);
        execution.removeVariable(Variables.SELLER_MESSAGE);
    }
}
