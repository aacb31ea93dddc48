package io.disputeflow.dispute;

import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Execution-listener bean {@code disputeStatus}: the models call
 * {@code ${disputeStatus.enter(execution, 'IN_ARBITRATION')}} when a dispute reaches a new stage and
 * {@code ${disputeStatus.close(execution, 'REFUNDED', 'PARTIAL_REFUND')}} at its end events; the dispute record
 * and its timeline follow.
 */
@Component("disputeStatus")
public class DisputeStatusUpdater {

    private final DisputeRecords records;

    public DisputeStatusUpdater(DisputeRecords records) {
        this.records = records;
    }

    public void enter(DelegateExecution execution, String status) {
        records.changeStatus(execution.getProcessBusinessKey(), DisputeStatus.valueOf(status),
                execution.getCurrentActivityName());
    }

    public void close(DelegateExecution execution, String status, String outcome) {
        boolean arbitrated = execution.getVariable(Variables.ESCALATION_CAUSE) != null;
        Boolean countsIfNegotiated = (Boolean) execution.getVariable(Variables.COUNTS_TOWARD_RATE_IF_NEGOTIATED);
        records.close(execution.getProcessBusinessKey(), DisputeStatus.valueOf(status), outcome,
                DisputeRateRule.countsTowardRate(arbitrated, countsIfNegotiated), execution.getCurrentActivityName());
    }
}
