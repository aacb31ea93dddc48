package io.disputeflow.dispute;

import java.math.BigDecimal;

/**
 * R19, the one place that decides how much may be refunded: never more than the buyer paid for the order, less what
 * was refunded for it already. Requests, counter-offers, rulings and settlements are checked here; the refund ledger
 * checks again as its last line, with what its rows say was refunded.
 */
public final class RefundCeiling {

    public static final String RULE = "R19";

    private RefundCeiling() {
    }

    /**
     * @throws RuleViolationException (an {@link IllegalArgumentException}) naming the field and the most that may be
     *         refunded when {@code amount} is above it
     */
    public static void check(String field, BigDecimal amount, BigDecimal paid, BigDecimal alreadyRefunded,
                             String currency) {
        BigDecimal remaining = remaining(paid, alreadyRefunded);
        if (amount.compareTo(remaining) <= 0) {
            return;
        }
        String limit = alreadyRefunded.signum() == 0
                ? "the buyer paid (" + money(paid, currency) + ")"
                : "is still refundable (" + money(remaining, currency) + " of the " + money(paid, currency) + " paid)";
        throw new RuleViolationException(RULE, field, field + " " + money(amount, currency) + " is more than " + limit
                + ": at most " + money(remaining, currency) + " can be refunded");
    }

    /** Requests, counter-offers and rulings: the order has not been refunded yet. */
    public static void check(String field, BigDecimal amount, BigDecimal paid, String currency) {
        check(field, amount, paid, BigDecimal.ZERO, currency);
    }

    public static BigDecimal remaining(BigDecimal paid, BigDecimal alreadyRefunded) {
        return paid.subtract(alreadyRefunded).max(BigDecimal.ZERO);
    }

    private static String money(BigDecimal amount, String currency) {
        return Money.format(amount) + (currency == null ? "" : " " + currency);
    }
}
