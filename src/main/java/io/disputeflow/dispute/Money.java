package io.disputeflow.dispute;

import io.disputeflow.problem.FieldRefusal;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimal amounts as they travel in process variables and forms: strings like "25.00", never doubles. People may type
 * a comma as the decimal separator ("8,50").
 */
public final class Money {

    private Money() {
    }

    /**
     * Parses a positive amount with at most two decimals.
     *
     * @throws FieldRefusal naming the field, with a message that says what a valid amount looks like
     */
    public static BigDecimal parsePositive(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new FieldRefusal(field, "required", " is required: enter an amount such as 12.50");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new FieldRefusal(field, "format", ": '" + value + "' is not an amount: write digits with at most two"
                    + " decimals, e.g. 12.50");
        }
        if (amount.signum() <= 0) {
            throw new FieldRefusal(field, "format", " must be more than zero");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new FieldRefusal(field, "format", ": " + value + " has more than two decimals (cents)");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static String format(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
