package io.disputeflow.arbitration;

import io.disputeflow.arbitration.Ruling.Outcome;
import io.disputeflow.dispute.Money;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * What a ruling must contain. A full refund is the paid amount; a partial refund needs an amount; a refund with
 * return pays the paid amount unless an amount is given; no refund is zero. No amount may exceed what the buyer
 * paid, and every ruling explains itself in a note both parties read.
 */
public final class RulingRules {

    private RulingRules() {
    }

    public static Ruling validate(Object outcome, Object refundAmount, Object sellerPenalty, Object note,
                                  BigDecimal paidAmount, String currency) {
        Outcome chosen = outcome(outcome);
        String text = note == null ? "" : note.toString().trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("rulingNote is required: explain the ruling to buyer and seller");
        }
        boolean penalty = Boolean.TRUE.equals(sellerPenalty) || "true".equals(String.valueOf(sellerPenalty));
        BigDecimal amount = switch (chosen) {
            case FULL_REFUND -> paidAmount;
            case NO_REFUND -> BigDecimal.ZERO;
            case PARTIAL_REFUND -> Money.parsePositive("rulingRefundAmount", refundAmount);
            case REFUND_WITH_RETURN -> isBlank(refundAmount)
                    ? paidAmount : Money.parsePositive("rulingRefundAmount", refundAmount);
        };
        if (amount.compareTo(paidAmount) > 0) {
            throw new IllegalArgumentException("rulingRefundAmount " + Money.format(amount) + " " + currency
                    + " is more than the buyer paid (" + Money.format(paidAmount) + " " + currency + ")");
        }
        return new Ruling(chosen, amount.setScale(2), penalty, text);
    }

    private static Outcome outcome(Object value) {
        String allowed = Arrays.toString(Outcome.values());
        if (isBlank(value)) {
            throw new IllegalArgumentException("rulingOutcome is required: choose one of " + allowed);
        }
        try {
            return Outcome.valueOf(value.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rulingOutcome '" + value + "' is not allowed: choose one of " + allowed);
        }
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
