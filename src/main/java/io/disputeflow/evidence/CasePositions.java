package io.disputeflow.evidence;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.Money;
import io.disputeflow.dispute.ReasonCode;
import io.disputeflow.dispute.SellerAnswer;
import io.disputeflow.dispute.SellerDecision;
import io.disputeflow.dispute.TimelineEntry;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Each party's position for the arbitrator, side by side (R11): what the buyer asks and how they answered the
 * seller; the seller's latest answer with its counter-offer and message. Markdown like the other case-file texts,
 * with everything the parties typed escaped.
 */
final class CasePositions {

    private static final int MAX_MESSAGE_LENGTH = 3000;

    private CasePositions() {
    }

    /** What the buyer asks, since when, and how they answered the seller (the message itself is {@code buyerMessage}). */
    static String buyer(DisputeRecord dispute, List<TimelineEntry> timeline) {
        String currency = " " + CaseFileTexts.escape(dispute.currency());
        StringBuilder text = new StringBuilder("- **Asks for:** ").append(Money.format(dispute.requestedAmount()))
                .append(currency).append(" of ").append(Money.format(dispute.paidAmount())).append(currency)
                .append(" paid, ").append(dispute.returnOffered() ? "offers to return the goods" : "keeps the goods")
                .append("\n- **Reason:** ").append(CaseFileTexts.escape(ReasonCode.labelOf(dispute.reason())))
                .append("\n- **Filed:** ").append(CaseFileTexts.time(dispute.openedAt()));
        List<TimelineEntry> changes = entries(timeline, "MODIFIED");
        if (!changes.isEmpty()) {
            text.append(" · changed ").append(times(changes.size())).append(", last ")
                    .append(CaseFileTexts.time(last(changes).occurredAt()));
        }
        TimelineEntry reaction = lastOf(timeline, "BUYER_ACCEPTED_COUNTER_OFFER", "BUYER_REJECTED_COUNTER_OFFER",
                "BUYER_ESCALATED");
        if (reaction != null) {
            text.append("\n- **Answered the seller:** ").append(switch (reaction.action()) {
                case "BUYER_ACCEPTED_COUNTER_OFFER" -> "accepted the counter-offer";
                case "BUYER_REJECTED_COUNTER_OFFER" -> "rejected the counter-offer";
                default -> "asked the platform to arbitrate";
            }).append(", ").append(CaseFileTexts.time(reaction.occurredAt()));
        }
        return text.toString();
    }

    /**
     * The seller's latest answer: accepted, rejected or counter-offered (type and amount with currency), when and by
     * whom, and the message to the buyer, e.g. why they rejected; says so when the seller has not answered (or not
     * since the buyer changed the request).
     */
    static String seller(DisputeRecord dispute, List<TimelineEntry> timeline, UnaryOperator<String> names) {
        List<String> answerActions = Arrays.stream(SellerDecision.values()).map(decision -> "SELLER_" + decision.name())
                .toList();
        List<TimelineEntry> answers = timeline.stream().filter(entry -> answerActions.contains(entry.action()))
                .toList();
        if (answers.isEmpty()) {
            return "**The seller has not answered the request.**";
        }
        TimelineEntry latest = last(answers);
        SellerAnswer answer = dispute.decisions().sellerAnswer();
        StringBuilder text = new StringBuilder();
        if (answer == null) {
            TimelineEntry change = last(entries(timeline, "MODIFIED"));
            text.append("**The seller has not answered the buyer's changed request")
                    .append(change == null ? "" : " of " + CaseFileTexts.time(change.occurredAt())).append(".**")
                    .append("\n\nEarlier answer, ").append(CaseFileTexts.time(latest.occurredAt())).append(": ")
                    .append(CaseFileTexts.escape(latest.detail()));
            return text.toString();
        }
        text.append("- **").append(CaseFileTexts.capitalised(answer.decision().label())).append("** · ")
                .append(CaseFileTexts.time(latest.occurredAt())).append(" · ")
                .append(CaseFileTexts.escape(names.apply(latest.actor())));
        if (answer.counterOfferType() != null) {
            text.append("\n- **Counter-offer:** ").append(answer.counterOfferType().label());
            if (answer.counterOfferAmount() != null) {
                text.append(" of ").append(Money.format(answer.counterOfferAmount())).append(' ')
                        .append(CaseFileTexts.escape(dispute.currency()));
            }
        }
        if (answers.size() > 1) {
            text.append("\n- **Earlier answers:** ").append(answers.size() - 1)
                    .append(" (see the conversation below)");
        }
        text.append("\n\n**The seller's message:**\n\n").append(message(answer.message()));
        return text.toString();
    }

    private static String message(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        String paragraphs = String.join("\n\n", message.strip().lines().filter(line -> !line.isBlank())
                .map(CaseFileTexts::escapeLine).toList());
        return paragraphs.length() <= MAX_MESSAGE_LENGTH ? paragraphs
                : paragraphs.substring(0, MAX_MESSAGE_LENGTH - 1) + "…";
    }

    private static List<TimelineEntry> entries(List<TimelineEntry> timeline, String action) {
        return timeline.stream().filter(entry -> entry.action().equals(action)).toList();
    }

    private static TimelineEntry lastOf(List<TimelineEntry> timeline, String... actions) {
        List<String> wanted = List.of(actions);
        return last(timeline.stream().filter(entry -> wanted.contains(entry.action())).toList());
    }

    private static TimelineEntry last(List<TimelineEntry> entries) {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1);
    }

    private static String times(int count) {
        return count == 1 ? "once" : count + " times";
    }
}
