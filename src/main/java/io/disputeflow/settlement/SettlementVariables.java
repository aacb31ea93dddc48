package io.disputeflow.settlement;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.Money;
import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Writes a settlement into the process and fixes the refund's idempotency key before the payment step (R19). */
final class SettlementVariables {

    private SettlementVariables() {
    }

    static void apply(DelegateExecution execution, DisputeRecords records, String source, Settlement settlement) {
        Integer previous = (Integer) execution.getVariable(Variables.SETTLEMENT_COUNT);
        int count = previous == null ? 1 : previous + 1;
        String disputeId = execution.getProcessBusinessKey();
        execution.setVariable(Variables.SETTLEMENT_COUNT, count);
        execution.setVariable(Variables.RESOLUTION, settlement.resolution().name());
        execution.setVariable(Variables.REFUND_AMOUNT, Money.format(settlement.refundAmount()));
        execution.setVariable(Variables.FULL_REFUND, settlement.fullRefund());
        execution.setVariable(Variables.RETURN_REQUIRED, settlement.returnRequired());
        execution.setVariable(Variables.REFUND_KEY, disputeId + "/" + source + "/" + count);
        String freight = settlement.returnRequired()
                ? "; return freight paid by " + execution.getVariable(Variables.RETURN_FREIGHT_PAYER) : "";
        records.appendTimeline(disputeId, DisputeRecords.SYSTEM, source + "_SETTLED",
                settlement.resolution().name() + " " + Money.format(settlement.refundAmount()) + " "
                        + execution.getVariable(Variables.CURRENCY) + freight);
    }
}
