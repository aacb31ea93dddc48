package io.disputeflow.overview;

import io.disputeflow.api.MoneyJson;
import io.disputeflow.dispute.DisputeStatus;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/disputes/{id}}: where the dispute stands, what is open, what was paid, what happened. */
public record DisputeView(
        String id,
        String orderId,
        String storeId,
        String buyerId,
        String buyerLanguage,
        DisputeStatus status,
        String category,
        Instant openedAt,
        Instant closedAt,
        String outcome,
        Order order,
        Proposal proposal,
        SellerAnswer sellerAnswer,
        Settlement agreement,
        Ruling ruling,
        List<DeadlineJson> deadlines,
        List<String> availableActions,
        List<RefundJson> refunds,
        List<TimelineJson> timeline,
        /* the seller's agent reported the buyer for abuse in this dispute (RULES.md "abuse flag") */
        boolean abuseReported) {

    public record Order(MoneyJson paid, Instant shippedAt, int promisedDeliveryDays, Instant protectionEndsAt,
                        String carrier, String trackingNumber) {
    }

    /** What the buyer asks for now (after any modification). */
    public record Proposal(String reason, String description, MoneyJson refund, boolean returnOffered) {
    }

    /**
     * The seller's answer: ACCEPT, REJECT or COUNTER_OFFER; for a counter-offer its type (PARTIAL_REFUND,
     * REFUND_WITH_RETURN, RESEND) and amount, and whether it still awaits the buyer's answer.
     */
    public record SellerAnswer(String decision, String counterOfferType, MoneyJson counterOffer, String message,
                               boolean awaitingBuyerAnswer) {
    }

    /** What is executed: from an agreement (AGREEMENT) or a ruling (RULING). */
    public record Settlement(String source, String resolution, MoneyJson refund, boolean returnRequired) {
    }

    public record Ruling(String outcome, MoneyJson refund, String note) {
    }

    public record DeadlineJson(String what, Instant dueAt, String otherwise, String rule) {
    }

    public record RefundJson(MoneyJson amount, Instant paidAt, String reference) {
    }

    public record TimelineJson(Instant at, String actor, String action, String detail) {
    }
}
