package io.disputeflow.settlement;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.RefundCeiling;
import io.disputeflow.dispute.Resolution;
import io.disputeflow.dispute.Ruling;
import io.disputeflow.dispute.SellerAnswer;
import io.disputeflow.dispute.Settlement;
import java.math.BigDecimal;

/**
 * Turns the outcome of the negotiation or of the ruling, as the dispute record holds it, into what is executed.
 * <ul>
 *   <li>Seller accepted, or stayed silent for 5 days: the buyer's proposal (requested amount; with a return
 *       when the buyer offered one). R2, R5.</li>
 *   <li>Buyer accepted the counter-offer: its terms. R4.</li>
 *   <li>Ruling: the ruled amount (full refund = the paid amount, as the ruling's validation fixed it). R11.</li>
 * </ul>
 */
public final class Settlements {

    private Settlements() {
    }

    public static Settlement ofAgreement(DisputeRecord dispute) {
        SellerAnswer answer = dispute.decisions().sellerAnswer();
        if (answer != null && answer.isCounterOffer()) {
            return switch (answer.counterOfferType()) {
                case PARTIAL_REFUND -> refund(Resolution.REFUND, answer.counterOfferAmount(), dispute);
                case REFUND_WITH_RETURN -> refund(Resolution.REFUND_WITH_RETURN, answer.counterOfferAmount(), dispute);
                case RESEND -> nothing(Resolution.RESEND);
            };
        }
        return refund(dispute.returnOffered() ? Resolution.REFUND_WITH_RETURN : Resolution.REFUND,
                dispute.requestedAmount(), dispute);
    }

    public static Settlement ofRuling(DisputeRecord dispute) {
        Ruling ruling = dispute.decisions().ruling();
        if (ruling == null) {
            throw new IllegalStateException("Dispute " + dispute.id() + " has no ruling to apply");
        }
        return switch (ruling.outcome()) {
            case FULL_REFUND, PARTIAL_REFUND -> refund(Resolution.REFUND, ruling.refundAmount(), dispute);
            case REFUND_WITH_RETURN -> refund(Resolution.REFUND_WITH_RETURN, ruling.refundAmount(), dispute);
            case NO_REFUND -> nothing(Resolution.NO_REFUND);
        };
    }

    private static Settlement nothing(Resolution resolution) {
        return new Settlement(resolution, BigDecimal.ZERO.setScale(2), false);
    }

    private static Settlement refund(Resolution resolution, BigDecimal amount, DisputeRecord dispute) {
        RefundCeiling.check("refund amount", amount, dispute.paidAmount(), dispute.currency());
        return new Settlement(resolution, amount.setScale(2), amount.compareTo(dispute.paidAmount()) == 0);
    }
}
