package io.disputeflow.arbitration;

import io.disputeflow.problem.FieldRefusal;
import io.disputeflow.dispute.Labelled;
import io.disputeflow.dispute.Money;
import io.disputeflow.dispute.RefundCeiling;
import io.disputeflow.dispute.Ruling;
import io.disputeflow.dispute.RulingOutcome;
import java.math.BigDecimal;

/**
 * What a ruling must contain. A full refund is the paid amount; a partial refund needs an amount; a refund with
 * return pays the paid amount unless an amount is given; no refund is zero. No amount may exceed what the buyer
 * paid (R19), and every ruling explains itself in a note both parties read.
 */
public final class RulingRules {

    private RulingRules() {
    }

    public static Ruling validate(Object outcome, Object refundAmount, Object sellerPenalty, Object note,
                                  BigDecimal paidAmount, String currency) {
        RulingOutcome chosen = Labelled.require(RulingOutcome.class, "rulingOutcome", outcome);
        String text = note == null ? "" : note.toString().trim();
        if (text.isEmpty()) {
            throw new FieldRefusal("rulingNote", "required", " is required: explain the ruling to buyer and seller");
        }
        boolean penalty = Boolean.TRUE.equals(sellerPenalty) || "true".equals(String.valueOf(sellerPenalty));
        BigDecimal amount = switch (chosen) {
            case FULL_REFUND -> paidAmount;
            case NO_REFUND -> BigDecimal.ZERO;
            case PARTIAL_REFUND -> Money.parsePositive("rulingRefundAmount", refundAmount);
            case REFUND_WITH_RETURN -> isBlank(refundAmount)
                    ? paidAmount : Money.parsePositive("rulingRefundAmount", refundAmount);
        };
        RefundCeiling.check("rulingRefundAmount", amount, paidAmount, currency);
        return new Ruling(chosen, amount.setScale(2), penalty, text);
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
