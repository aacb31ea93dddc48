package io.disputeflow.buyercare;

import io.disputeflow.problem.FieldRefusal;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.logistics.TrackingFacts;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.process.TaskActors;
import io.disputeflow.process.TaskInputRejected;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Buyer care while the buyer answers a rejection (seller service duties, seed 003 "every two days"): every 2 days
 * a parcel without tracking update gets an agent's task "Send buyer-care update" ({@link #updateDue}); completing it
 * sends the L2/L3 reply or the agent's own words to the buyer ({@link #notify}, the task's completion listener).
 */
@Component("buyerCare")
public class BuyerCareUpdates implements TaskListener {

    /** A parcel whose tracking moved within the last 2 days needs no update from the seller. */
    static final long MIN_DAYS_WITHOUT_UPDATE = 2;

    private final DisputeRecords records;
    private final BuyerCareReplies replies;
    private final BuyerMessages buyerMessages;

    public BuyerCareUpdates(DisputeRecords records, BuyerCareReplies replies, BuyerMessages buyerMessages) {
        this.records = records;
        this.replies = replies;
        this.buyerMessages = buyerMessages;
    }

    /**
     * Whether the agent owes the buyer an update now: the dispute is about a parcel without tracking update (the
     * record's reason, after any modification), the parcel is not delivered and its tracking has been silent for at
     * least {@value #MIN_DAYS_WITHOUT_UPDATE} days (or has no events), and no earlier update task is still open.
     */
    public boolean updateDue(DelegateExecution execution) {
        DisputeRecord dispute = records.get(execution.getProcessBusinessKey());
        if (!BuyerCareReplies.NO_TRACKING_UPDATE.equals(dispute.reason())) {
            return false;
        }
        TrackingFacts facts = replies.trackingFacts(dispute);
        if (facts.deliveredAt() != null
                || facts.daysWithoutUpdate() != null && facts.daysWithoutUpdate() < MIN_DAYS_WITHOUT_UPDATE) {
            return false;
        }
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(Tasks.SEND_BUYER_CARE_UPDATE).count() == 0;
    }

    /** Completion of "Send buyer-care update": sends the chosen reply or the agent's message to the buyer. */
    @Override
    public void notify(DelegateTask task) {
        Object level = task.getVariable(Variables.BUYER_CARE_REPLY);
        Object own = task.getVariable(Variables.BUYER_CARE_MESSAGE);
        String message = own == null ? "" : own.toString().strip();
        String template = null;
        if (message.isEmpty()) {
            if (!List.of("L2", "L3").contains(String.valueOf(level))) {
                throw TaskInputRejected.because(task, new FieldRefusal(Variables.BUYER_CARE_MESSAGE, "required",
                        " is required unless you choose the L2 or L3 reply: write your own update or choose a reply"));
            }
            template = level.toString();
            String text = replies.reply(task.getExecution().getProcessBusinessKey(), template);
            message = text == null ? "" : text;
            if (message.contains("[" + ReplyTemplates.CARRIER_REASON_PLACEHOLDER + "]")) {
                throw TaskInputRejected.because(task, new FieldRefusal(Variables.BUYER_CARE_MESSAGE, "required",
                        " is required with L2, which needs the carrier's reason for the delay: copy L2 here and fill it"
                        + " in"));
            }
        }
        if (message.length() > 2000) {
            throw TaskInputRejected.because(task, new FieldRefusal(Variables.BUYER_CARE_MESSAGE, "maxLength",
                    " may have at most 2000 characters, not " + message.length()));
        }
        buyerMessages.send(task.getExecution().getProcessBusinessKey(), TaskActors.of(task, "seller"), template, message);
        task.getExecution().removeVariable(Variables.BUYER_CARE_REPLY);
        task.getExecution().removeVariable(Variables.BUYER_CARE_MESSAGE);
    }
}
