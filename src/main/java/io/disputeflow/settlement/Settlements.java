package io.disputeflow.settlement;

import io.disputeflow.dispute.Money;
import io.disputeflow.settlement.Settlement.Resolution;
import java.math.BigDecimal;

/**
 * Turns the outcome of the negotiation or of the ruling into what is executed.
 * <ul>
 *   <li>Seller accepted, or stayed silent for 5 days: the buyer's proposal (requested amount; with a return
 *       when the buyer offered one). R2, R5.</li>
 *   <li>Buyer accepted the counter-offer: its terms. R4.</li>
 *   <li>Ruling: full refund = the paid amount; partial refund and refund with return = the ruled amount. R11.</li>
 * </ul>
 */
public final class Settlements {

    private Settlements() {
    }

    public static Settlement ofAgreement(String sellerDecision, String counterOfferType, String counterOfferAmount,
                                         String requestedAmount, boolean returnOffered, String paidAmount) {
        BigDecimal paid = new BigDecimal(paidAmount);
        if ("COUNTER_OFFER".equals(sellerDecision)) {
            return switch (counterOfferType) {
                case "PARTIAL_REFUND" -> refund(Resolution.REFUND, counterOfferAmount, paid);
                case "REFUND_WITH_RETURN" -> refund(Resolution.REFUND_WITH_RETURN, counterOfferAmount, paid);
                case "RESEND" -> new Settlement(Resolution.RESEND, BigDecimal.ZERO.setScale(2), false);
                default -> throw new IllegalStateException("Unknown counter-offer type " + counterOfferType);
            };
        }
        return refund(returnOffered ? Resolution.REFUND_WITH_RETURN : Resolution.REFUND, requestedAmount, paid);
    }

    public static Settlement ofRuling(String rulingOutcome, String rulingRefundAmount, String paidAmount) {
        BigDecimal paid = new BigDecimal(paidAmount);
        return switch (rulingOutcome) {
            case "FULL_REFUND" -> refund(Resolution.REFUND, paidAmount, paid);
            case "PARTIAL_REFUND" -> refund(Resolution.REFUND, rulingRefundAmount, paid);
            case "REFUND_WITH_RETURN" -> refund(Resolution.REFUND_WITH_RETURN,
                    rulingRefundAmount == null || rulingRefundAmount.isBlank() ? paidAmount : rulingRefundAmount, paid);
            case "NO_REFUND" -> new Settlement(Resolution.NO_REFUND, BigDecimal.ZERO.setScale(2), false);
            default -> throw new IllegalStateException("Unknown ruling outcome " + rulingOutcome);
        };
    }

    private static Settlement refund(Resolution resolution, String amount, BigDecimal paid) {
        BigDecimal refund = Money.parsePositive("refund amount", amount);
        if (refund.compareTo(paid) > 0) {
            throw new IllegalStateException("Refund " + Money.format(refund) + " exceeds the paid " + Money.format(paid));
        }
        return new Settlement(resolution, refund, refund.compareTo(paid) == 0);
    }
}
