package io.disputeflow.settlement;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Settle agreement": buyer and seller agreed, or the seller let the 5 days pass (R2, R4, R5). */
@Component("settleAgreement")
public class SettleAgreementDelegate implements JavaDelegate {

    private final DisputeRecords records;

    public SettleAgreementDelegate(DisputeRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Settlement settlement = Settlements.ofAgreement(
                (String) execution.getVariable(Variables.SELLER_DECISION),
                (String) execution.getVariable(Variables.COUNTER_OFFER_TYPE),
                (String) execution.getVariable(Variables.COUNTER_OFFER_AMOUNT),
                (String) execution.getVariable(Variables.REQUESTED_AMOUNT),
                Boolean.TRUE.equals(execution.getVariable(Variables.RETURN_OFFERED)),
                (String) execution.getVariable(Variables.PAID_AMOUNT));
        SettlementVariables.apply(execution, records, "AGREEMENT", settlement);
    }
}
