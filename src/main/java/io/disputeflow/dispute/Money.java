package io.disputeflow.dispute;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal amounts as they travel in process variables and forms: strings like "25.00", never doubles. */
public final class Money {

    private Money() {
    }

    /**
     * Parses a positive amount with at most two decimals.
     *
     * @throws IllegalArgumentException with a message that says what a valid amount looks like
     */
    public static BigDecimal parsePositive(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(field + " is required: enter an amount such as 12.50");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + value + "' is not an amount: use digits and a dot, e.g. 12.50");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be greater than zero");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + " has more than two decimals: " + value);
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static String format(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
