package io.disputeflow.negotiation;

import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The buyer changed the request (R3): the buyer action wrote the new request to the record (which also dropped the
 * seller's answer there); here the process forgets the seller's previous decision, so the seller answers afresh.
 */
@Component("recordModification")
public class RecordModificationDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.removeVariable(Variables.SELLER_DECISION);
    }
}
