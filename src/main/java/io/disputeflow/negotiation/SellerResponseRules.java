package io.disputeflow.negotiation;

import io.disputeflow.problem.FieldRefusal;
import io.disputeflow.dispute.CounterOfferType;
import io.disputeflow.dispute.Labelled;
import io.disputeflow.dispute.Money;
import io.disputeflow.dispute.RefundCeiling;
import io.disputeflow.dispute.SellerAnswer;
import io.disputeflow.dispute.SellerDecision;
import java.math.BigDecimal;

/**
 * What a seller's answer must contain. A rejection needs a message for the buyer; a counter-offer needs its
 * type and, unless it is a resend, an amount no higher than what the buyer paid (R19).
 */
public final class SellerResponseRules {

    private SellerResponseRules() {
    }

    public static SellerAnswer validate(Object decision, Object counterOfferType, Object counterOfferAmount,
                                        Object message, BigDecimal paidAmount, String currency) {
        SellerDecision chosen = Labelled.require(SellerDecision.class, "sellerDecision", decision);
        String text = message == null ? "" : message.toString().trim();
        if (chosen == SellerDecision.REJECT && text.isEmpty()) {
            throw new FieldRefusal("sellerMessage", "required",
                    " is required when you reject: tell the buyer why the request is rejected");
        }
        if (chosen != SellerDecision.COUNTER_OFFER) {
            return new SellerAnswer(chosen, null, null, text);
        }
        CounterOfferType type = Labelled.require(CounterOfferType.class, "counterOfferType", counterOfferType);
        if (!type.hasAmount()) {
            return new SellerAnswer(chosen, type, null, text);
        }
        BigDecimal amount = Money.parsePositive("counterOfferAmount", counterOfferAmount);
        RefundCeiling.check("counterOfferAmount", amount, paidAmount, currency);
        return new SellerAnswer(chosen, type, amount, text);
    }
}
