package io.disputeflow.settlement;

import io.disputeflow.dispute.CaseDecisions.Execution;
import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.Money;
import io.disputeflow.dispute.SettlementSource;
import io.disputeflow.dispute.Settlement;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.process.StepRunGuard;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Records a settlement on the dispute (with its refund key, R19) and gives the process what its gateways and the
 * declined-refund form need: the resolution, whether the refund is the full amount, and the amount. A stale second
 * run of the same step stops here, before the refund is paid ({@link StepRunGuard}).
 */
final class SettlementStep {

    private SettlementStep() {
    }

    static void execute(DelegateExecution execution, DisputeCase disputeCase, DisputeRecord dispute,
                        SettlementSource source, Settlement settlement) {
        Execution settled = disputeCase.settle(dispute.id(), source, settlement,
                (String) execution.getVariable(Variables.RETURN_FREIGHT_PAYER));
        StepRunGuard.ensureNoOtherRunCommitted(execution); // settle locked the dispute
        execution.setVariable(Variables.RESOLUTION, settled.resolution().name());
        execution.setVariable(Variables.FULL_REFUND, settlement.fullRefund());
        execution.setVariable(Variables.REFUND_AMOUNT, Money.format(settlement.refundAmount()));
        execution.setVariable(Variables.AGREED_AT, Date.from(settled.agreedAt()));
    }
}
