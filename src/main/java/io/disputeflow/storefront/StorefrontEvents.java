package io.disputeflow.storefront;

import io.disputeflow.dispute.CaseDecisions.Execution;
import io.disputeflow.dispute.DisputeClosed;
import io.disputeflow.dispute.DisputeOpened;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.dispute.EscalationCause;
import io.disputeflow.dispute.Ruling;
import io.disputeflow.dispute.SellerAnswer;
import io.disputeflow.dispute.SellerDecision;
import io.disputeflow.dispute.TimelineAppended;
import io.disputeflow.refund.RefundPaid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the changes of a dispute into the events storefronts receive. Every listener runs in the transaction of the
 * change (plain {@link EventListener}s, called while the change is published), so the event commits or rolls back
 * with it. The data comes from the dispute record as the change left it.
 */
@Component
public class StorefrontEvents {

    /** Timeline actions (see {@code DisputeCase}) that storefronts hear about. */
    static final String SELLER_ANSWER_PREFIX = "SELLER_";
    static final String ESCALATED = "ESCALATED";
    static final String RULED = "RULED";
    static final String RETURN_REQUIRED = "STATUS_" + DisputeStatus.AWAITING_RETURN_SHIPMENT.name();

    /** The rules whose deadlines bound a counter-offer's wait: agreement within 15 days, protection end (R7, R8). */
    static final Set<String> COUNTER_OFFER_DEADLINES = Set.of("R7", "R8");
    /** The buyer ships the return within 10 days (R13). */
    static final Set<String> RETURN_DEADLINES = Set.of("R13");

    private final DisputeRecords records;
    private final EventOutbox outbox;

    public StorefrontEvents(DisputeRecords records, EventOutbox outbox) {
        this.records = records;
        this.outbox = outbox;
    }

    @EventListener
    public void opened(DisputeOpened opened) {
        DisputeRecord dispute = records.get(opened.disputeId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", dispute.orderId());
        data.put("buyerId", dispute.buyerId());
        data.put("reason", dispute.reason());
        data.put("requestedRefund", EventData.money(dispute.requestedAmount(), dispute.currency()));
        data.put("paidAmount", EventData.money(dispute.paidAmount(), dispute.currency()));
        data.put("returnOffered", dispute.returnOffered());
        data.put("openedAt", EventData.time(dispute.openedAt()));
        outbox.append(dispute.id(), StorefrontEventType.DISPUTE_OPENED, data);
    }

    @EventListener
    public void timeline(TimelineAppended appended) {
        String action = appended.action();
        if (action.startsWith(SELLER_ANSWER_PREFIX) && isSellerDecision(action.substring(SELLER_ANSWER_PREFIX.length()))) {
            sellerAnswered(records.get(appended.disputeId()));
        } else if (ESCALATED.equals(action)) {
            escalated(records.get(appended.disputeId()));
        } else if (RULED.equals(action)) {
            ruled(records.get(appended.disputeId()));
        } else if (RETURN_REQUIRED.equals(action)) {
            returnRequired(records.get(appended.disputeId()));
        }
    }

    @EventListener
    public void refundPaid(RefundPaid paid) {
        outbox.append(paid.disputeId(), StorefrontEventType.REFUND_PAID,
                Map.of("refund", EventData.money(paid.amount(), paid.currency())));
    }

    @EventListener
    public void closed(DisputeClosed closed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("outcome", closed.outcome().name());
        data.put("status", closed.outcome().status().name());
        data.put("outcomeText", closed.outcome().label());
        outbox.append(closed.disputeId(), StorefrontEventType.DISPUTE_CLOSED, data);
    }

    private void sellerAnswered(DisputeRecord dispute) {
        SellerAnswer answer = dispute.decisions().sellerAnswer();
        if (answer == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("decision", answer.decision().name());
        if (answer.isCounterOffer()) {
            data.put("counterOffer", counterOffer(answer, dispute.currency()));
        }
        data.put("message", answer.message());
        outbox.append(dispute.id(), StorefrontEventType.SELLER_ANSWERED, data);
        if (answer.isCounterOffer()) {
            Map<String, Object> waiting = new LinkedHashMap<>();
            waiting.put("counterOffer", counterOffer(answer, dispute.currency()));
            waiting.put("message", answer.message());
            outbox.append(dispute.id(), StorefrontEventType.COUNTER_OFFER_WAITING, waiting, COUNTER_OFFER_DEADLINES);
        }
    }

    private static Map<String, Object> counterOffer(SellerAnswer answer, String currency) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("type", answer.counterOfferType() == null ? null : answer.counterOfferType().name());
        offer.put("refund", EventData.money(answer.counterOfferAmount(), currency));
        return offer;
    }

    private void escalated(DisputeRecord dispute) {
        EscalationCause cause = dispute.decisions().escalationCause();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("cause", cause == null ? null : cause.name());
        data.put("rule", cause == null ? null : cause.rule());
        data.put("causeText", cause == null ? null : cause.label());
        outbox.append(dispute.id(), StorefrontEventType.ESCALATED, data);
    }

    private void ruled(DisputeRecord dispute) {
        Ruling ruling = dispute.decisions().ruling();
        if (ruling == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("outcome", ruling.outcome().name());
        data.put("refund", EventData.money(ruling.refundAmount(), dispute.currency()));
        data.put("note", ruling.note());
        outbox.append(dispute.id(), StorefrontEventType.RULING_MADE, data);
    }

    private void returnRequired(DisputeRecord dispute) {
        Execution execution = dispute.decisions().execution();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("resolution", execution == null ? null : execution.resolution().name());
        data.put("refundAfterReturn", execution == null ? null
                : EventData.money(execution.refundAmount(), dispute.currency()));
        data.put("agreedAt", execution == null ? null : EventData.time(execution.agreedAt()));
        outbox.append(dispute.id(), StorefrontEventType.RETURN_REQUIRED, data, RETURN_DEADLINES);
    }

    private static boolean isSellerDecision(String name) {
        for (SellerDecision decision : SellerDecision.values()) {
            if (decision.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
