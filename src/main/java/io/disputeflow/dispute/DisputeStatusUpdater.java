package io.disputeflow.dispute;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Execution-listener bean {@code disputeStatus}: the models call
 * {@code ${disputeStatus.enter(execution, 'IN_ARBITRATION')}} when a dispute reaches a new stage, and the
 * dispute record and its timeline follow.
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
}
