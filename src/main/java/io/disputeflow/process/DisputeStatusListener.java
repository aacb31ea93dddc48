package io.disputeflow.process;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeOutcome;
import io.disputeflow.dispute.DisputeRateRule;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
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
    private final ClassificationLookup classification;

    public DisputeStatusListener(DisputeCase disputeCase, DisputeRecords records, ClassificationLookup classification) {
        this.disputeCase = disputeCase;
        this.records = records;
        this.classification = classification;
    }

    public void enter(DelegateExecution execution, String status) {
        disputeCase.enter(execution.getProcessBusinessKey(), DisputeStatus.valueOf(status),
                execution.getCurrentActivityName());
    }

    public void close(DelegateExecution execution, String outcome) {
        String disputeId = execution.getProcessBusinessKey();
        DisputeRecord dispute = records.get(disputeId);
        boolean arbitrated = dispute.decisions().arbitrated();
        Boolean countsIfNegotiated = classification.countsTowardRateIfNegotiated(execution.getProcessDefinitionId(),
                dispute.reason());
        disputeCase.close(disputeId, DisputeOutcome.valueOf(outcome),
                DisputeRateRule.countsTowardRate(arbitrated, countsIfNegotiated), execution.getCurrentActivityName());
    }
}
