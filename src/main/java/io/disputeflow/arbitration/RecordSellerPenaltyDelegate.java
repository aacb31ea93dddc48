package io.disputeflow.arbitration;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record seller penalty": the ruling found that the seller broke platform rules (R12); its note is the reason. */
@Component("recordSellerPenalty")
public class RecordSellerPenaltyDelegate implements JavaDelegate {

    private final DisputeRecords records;
    private final SellerPenalties penalties;

    public RecordSellerPenaltyDelegate(DisputeRecords records, SellerPenalties penalties) {
        this.records = records;
        this.penalties = penalties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DisputeRecord dispute = records.get(execution.getProcessBusinessKey());
        penalties.record(dispute.id(), dispute.storeId(), dispute.decisions().ruling().note());
    }
}
