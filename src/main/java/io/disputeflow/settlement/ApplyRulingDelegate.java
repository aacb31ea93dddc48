package io.disputeflow.settlement;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.SettlementSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Apply ruling": the arbitrator's final ruling, as recorded on the dispute, decides what is executed (R11). */
@Component("applyRuling")
public class ApplyRulingDelegate implements JavaDelegate {

    private final DisputeRecords records;
    private final DisputeCase disputeCase;

    public ApplyRulingDelegate(DisputeRecords records, DisputeCase disputeCase) {
        this.records = records;
        this.disputeCase = disputeCase;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DisputeRecord dispute = records.get(execution.getProcessBusinessKey());
        SettlementStep.execute(execution, disputeCase, dispute, SettlementSource.RULING, Settlements.ofRuling(dispute));
    }
}
