package io.disputeflow.process;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeOutcome;
import io.disputeflow.dispute.DisputeRateRule;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Execution-listener bean {@code disputeStatus}: the models call {@code ${disputeStatus.enter(execution,
 * 'IN_ARBITRATION')}} when a dispute reaches a new stage and {@code ${disputeStatus.close(execution,
 * 'PARTIAL_REFUND')}} at their end events; the dispute record and its timeline follow.
 */
@Component("disputeStatus")
public class DisputeStatusListener {

    private final DisputeCase disputeCase;
    private final DisputeRecords records;

    public DisputeStatusListener(DisputeCase disputeCase, DisputeRecords records) {
        this.disputeCase = disputeCase;
        this.records = records;
    }

    public void enter(DelegateExecution execution, String status) {
        disputeCase.enter(execution.getProcessBusinessKey(), DisputeStatus.valueOf(status),
                execution.getCurrentActivityName());
    }

    public void close(DelegateExecution execution, String outcome) {
        String disputeId = execution.getProcessBusinessKey();
        boolean arbitrated = records.get(disputeId).decisions().arbitrated();
        Boolean countsIfNegotiated = (Boolean) execution.getVariable(Variables.COUNTS_TOWARD_RATE_IF_NEGOTIATED);
        disputeCase.close(disputeId, DisputeOutcome.valueOf(outcome),
                DisputeRateRule.countsTowardRate(arbitrated, countsIfNegotiated), execution.getCurrentActivityName());
    }
}
