package io.disputeflow.negotiation;

import io.disputeflow.dispute.Money;
import io.disputeflow.negotiation.SellerResponse.CounterOfferType;
import io.disputeflow.negotiation.SellerResponse.Decision;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * What a seller's answer must contain. A rejection needs a message for the buyer; a counter-offer needs its
 * type and, unless it is a resend, an amount no higher than what the buyer paid.
 */
public final class SellerResponseRules {

    private SellerResponseRules() {
    }

    public static SellerResponse validate(Object decision, Object counterOfferType, Object counterOfferAmount,
                                          Object message, BigDecimal paidAmount, String currency) {
        Decision chosen = parse(Decision.class, "sellerDecision", decision);
        String text = message == null ? "" : message.toString().trim();
        if (chosen == Decision.REJECT && text.isEmpty()) {
            throw new IllegalArgumentException(
                    "sellerMessage is required when rejecting: tell the buyer why the request is rejected");
        }
        if (chosen != Decision.COUNTER_OFFER) {
            return new SellerResponse(chosen, null, null, text);
        }
        CounterOfferType type = parse(CounterOfferType.class, "counterOfferType", counterOfferType);
        if (type == CounterOfferType.RESEND) {
            return new SellerResponse(chosen, type, null, text);
        }
        BigDecimal amount = Money.parsePositive("counterOfferAmount", counterOfferAmount);
        if (amount.compareTo(paidAmount) > 0) {
            throw new IllegalArgumentException("counterOfferAmount " + Money.format(amount) + " " + currency
                    + " is more than the buyer paid (" + Money.format(paidAmount) + " " + currency
                    + "): offer at most the paid amount");
        }
        return new SellerResponse(chosen, type, amount, text);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(field + " is required: choose one of " + allowed(type));
        }
        try {
            return Enum.valueOf(type, value.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " '" + value + "' is not allowed: choose one of " + allowed(type));
        }
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.toString(type.getEnumConstants());
    }
}
