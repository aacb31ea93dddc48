package io.disputeflow.returns;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.ReturnOutcome;
import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Execution-listener bean {@code returnOutcome} at the end events of ReturnShipment, e.g.
 * {@code ${returnOutcome.record(execution, 'SELLER_SILENT')}}: the dispute record keeps how the return leg ended,
 * and the calling process gets {@code returnOutcome} for its gateway (R13-R16).
 */
@Component("returnOutcome")
public class ReturnOutcomes {

    private final DisputeCase disputeCase;

    public ReturnOutcomes(DisputeCase disputeCase) {
        this.disputeCase = disputeCase;
    }

    public void record(DelegateExecution execution, String outcome) {
        ReturnOutcome ended = ReturnOutcome.valueOf(outcome);
        disputeCase.recordReturnOutcome(execution.getProcessBusinessKey(), ended);
        execution.setVariable(Variables.RETURN_OUTCOME, ended.name());
    }
}
