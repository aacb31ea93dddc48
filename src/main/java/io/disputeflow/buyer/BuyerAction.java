package io.disputeflow.buyer;

import io.disputeflow.process.ProcessModel.Messages;
import io.disputeflow.process.ProcessModel.Timers;
import java.util.List;

/** The buyer's actions: the message each sends to the process, and when the process accepts it. */
public enum BuyerAction {
    MODIFICATION("modification", Messages.BUYER_MODIFIED_DISPUTE, "modification", "R3",
            List.of(Timers.SELLER_RESPONSE_DUE, Timers.NEGOTIATION_WINDOW_ENDS),
            "A request can be modified while the seller has not answered yet or after the seller rejected it."),
    COUNTER_OFFER_ACCEPTANCE("counter-offer/acceptance", Messages.BUYER_ACCEPTED_COUNTER_OFFER, "counter-offer acceptance", "R4",
            List.of(Timers.NEGOTIATION_WINDOW_ENDS),
            "No counter-offer of the seller is waiting for the buyer's answer."),
    COUNTER_OFFER_REJECTION("counter-offer/rejection", Messages.BUYER_REJECTED_COUNTER_OFFER, "counter-offer rejection", "R4",
            List.of(Timers.NEGOTIATION_WINDOW_ENDS),
            "No counter-offer of the seller is waiting for the buyer's answer."),
    ESCALATION("escalation", Messages.BUYER_ESCALATED, "escalation", "R6", List.of(Timers.NEGOTIATION_WINDOW_ENDS),
            "A dispute can be escalated to arbitration after the seller rejected the request or the buyer rejected "
                    + "the seller's counter-offer."),
    CANCELLATION("cancellation", Messages.BUYER_CANCELLED, "cancellation", "R9", List.of(),
            "A dispute can be cancelled until an agreement is settled or the platform rules."),
    RETURN_SHIPMENT("return-shipment", Messages.RETURN_SHIPPED, "return shipment", "R13",
            List.of(Timers.RETURN_SHIPMENT_DUE),
            "No return is awaited: the return's tracking number is filed once an agreement or ruling with a return "
                    + "is reached, within 10 days.");

    private final String path;
    private final String message;
    private final String description;
    private final String rule;
    private final List<String> closedBy;
    private final String whenAllowed;

    BuyerAction(String path, String message, String description, String rule, List<String> closedBy,
                String whenAllowed) {
        this.closedBy = closedBy;
        this.path = path;
        this.message = message;
        this.description = description;
        this.rule = rule;
        this.whenAllowed = whenAllowed;
    }

    /** The action's resource under {@code /api/disputes/{id}/}. */
    public String path() {
        return path;
    }

    public String message() {
        return message;
    }

    public String description() {
        return description;
    }

    public String rule() {
        return rule;
    }

    /** The deadlines (timer events) after which the process no longer takes this action, whatever its jobs did. */
    List<String> closedBy() {
        return closedBy;
    }

    String whenAllowed() {
        return whenAllowed;
    }
}
