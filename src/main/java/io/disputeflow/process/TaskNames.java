package io.disputeflow.process;

import io.disputeflow.dispute.CaseDecisions.Execution;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.Money;
import io.disputeflow.dispute.ReasonCode;
import java.math.BigDecimal;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Gives every dispute task a name an agent can scan in Tasklist, from the dispute record: the step, the dispute, the
 * amount at stake and the reason, e.g. "Respond to dispute D-1042 · 25.00 USD · not as described". The models keep
 * the plain step name, so diagrams stay readable.
 */
public class TaskNames implements TaskListener {

    private final DisputeRecords records;

    public TaskNames(DisputeRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        String disputeId = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        Optional<DisputeRecord> dispute = disputeId == null ? Optional.empty() : records.find(disputeId);
        dispute.ifPresent(found -> task.setName(name(task.getName(), found)));
    }

    static String name(String step, DisputeRecord dispute) {
        return name(step, dispute.id(), amountAtStake(dispute), dispute.currency(), dispute.reason());
    }

    static String name(String step, String disputeId, BigDecimal amount, String currency, String reason) {
        StringBuilder name = new StringBuilder(step).append(' ').append(disputeId);
        if (amount != null && currency != null) {
            name.append(" · ").append(Money.format(amount)).append(' ').append(currency);
        }
        if (reason != null) {
            name.append(" · ").append(ReasonCode.labelOf(reason));
        }
        return name.toString();
    }

    /** The agreed or ruled refund once there is one, else what the buyer asks for. */
    private static BigDecimal amountAtStake(DisputeRecord dispute) {
        Execution settled = dispute.decisions().execution();
        return settled != null ? settled.refundAmount() : dispute.requestedAmount();
    }
}
