package io.disputeflow.negotiation;

import io.disputeflow.buyercare.BuyerMessages;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.Money;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.process.TaskInputRejected;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of "Respond to dispute": refuses an incomplete or impossible answer (the task
 * stays open) and records a valid one on the dispute's timeline.
 */
@Component("sellerResponseValidation")
public class SellerResponseValidation implements TaskListener {

    private final DisputeRecords records;
    private final BuyerMessages buyerMessages;

    public SellerResponseValidation(DisputeRecords records, BuyerMessages buyerMessages) {
        this.records = records;
        this.buyerMessages = buyerMessages;
    }

    @Override
    public void notify(DelegateTask task) {
        String template = (String) task.getVariable(Variables.REPLY_TEMPLATE);
        Object message = task.getVariable(Variables.SELLER_MESSAGE);
        if (template != null && !template.isBlank() && (message == null || message.toString().isBlank())) {
            message = task.getVariable("reply" + template);
        }
        SellerResponse response;
        try {
            response = SellerResponseRules.validate(
                    task.getVariable(Variables.SELLER_DECISION),
                    task.getVariable(Variables.COUNTER_OFFER_TYPE),
                    task.getVariable(Variables.COUNTER_OFFER_AMOUNT),
                    message,
                    new BigDecimal((String) task.getVariable(Variables.PAID_AMOUNT)),
                    (String) task.getVariable(Variables.CURRENCY));
        } catch (IllegalArgumentException e) {
            throw TaskInputRejected.because(task.getName(), e.getMessage());
        }
        if (response.counterOfferAmount() != null) {
            task.getExecution().setVariable(Variables.COUNTER_OFFER_AMOUNT, Money.format(response.counterOfferAmount()));
        }
        String disputeId = task.getExecution().getProcessBusinessKey();
        records.appendTimeline(disputeId, actor(task), "SELLER_" + response.decision().name(),
                describe(response, (String) task.getVariable(Variables.CURRENCY)));
        if (!response.message().isEmpty()) {
            boolean fromTemplate = template != null && response.message().equals(task.getVariable("reply" + template));
            buyerMessages.send(disputeId, actor(task), fromTemplate ? template : null, response.message());
        }
    }

    /** The agent who completed the task: its assignee, else the signed-in user, else "seller". */
    private static String actor(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null || current.getUserId() == null ? "seller" : current.getUserId();
    }

    private static String describe(SellerResponse response, String currency) {
        StringBuilder text = new StringBuilder(response.decision().name());
        if (response.counterOfferType() != null) {
            text.append(' ').append(response.counterOfferType().name());
        }
        if (response.counterOfferAmount() != null) {
            text.append(' ').append(Money.format(response.counterOfferAmount())).append(' ').append(currency);
        }
        if (!response.message().isEmpty()) {
            text.append(": ").append(response.message());
        }
        return text.toString();
    }
}
