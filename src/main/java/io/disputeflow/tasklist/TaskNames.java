package io.disputeflow.tasklist;

import io.disputeflow.dispute.ReasonCode;
import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Gives every dispute task a name an agent can scan in Tasklist: the step, the dispute, the amount at stake and
 * the reason, e.g. "Respond to dispute D-1042 · 25.00 USD · not as described". The models keep the plain step
 * name, so diagrams stay readable.
 */
public class TaskNames implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object disputeId = task.getVariable(Variables.DISPUTE_ID);
        if (disputeId == null) {
            return;
        }
        task.setName(name(task.getName(), disputeId.toString(), amountAtStake(task),
                (String) task.getVariable(Variables.CURRENCY), (String) task.getVariable(Variables.REASON)));
    }

    static String name(String step, String disputeId, Object amount, String currency, String reason) {
        StringBuilder name = new StringBuilder(step).append(' ').append(disputeId);
        if (amount != null && currency != null) {
            name.append(" · ").append(amount).append(' ').append(currency);
        }
        if (reason != null) {
            name.append(" · ").append(ReasonCode.labelOf(reason));
        }
        return name.toString();
    }

    /** The agreed or ruled refund once there is one, else what the buyer asks for. */
    private static Object amountAtStake(DelegateTask task) {
        Object settled = task.getVariable(Variables.REFUND_AMOUNT);
        return settled != null ? settled : task.getVariable(Variables.REQUESTED_AMOUNT);
    }
}
