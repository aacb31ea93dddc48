package io.disputeflow.settlement;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.SettlementSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Settle agreement": buyer and seller agreed, or the seller let the 5 days pass (R2, R4, R5). */
@Component("settleAgreement")
public class SettleAgreementDelegate implements JavaDelegate {

    private final DisputeRecords records;
    private final DisputeCase disputeCase;

    public SettleAgreementDelegate(DisputeRecords records, DisputeCase disputeCase) {
        this.records = records;
        this.disputeCase = disputeCase;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DisputeRecord dispute = records.get(execution.getProcessBusinessKey());
        SettlementStep.execute(execution, disputeCase, dispute, SettlementSource.AGREEMENT,
                Settlements.ofAgreement(dispute));
    }
}
