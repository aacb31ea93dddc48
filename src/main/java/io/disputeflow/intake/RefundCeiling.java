package io.disputeflow.intake;

import io.disputeflow.dispute.Money;
import io.disputeflow.dispute.RuleViolationException;
import java.math.BigDecimal;

/** R19: a refund request never asks for more than the buyer paid. */
public final class RefundCeiling {

    private RefundCeiling() {
    }

    public static void check(String field, BigDecimal requested, BigDecimal paid) {
        if (requested.compareTo(paid) > 0) {
            throw new RuleViolationException("R19", field, "The refund asked for, " + Money.format(requested)
                    + ", is more than the " + Money.format(paid) + " paid for the order: ask for at most "
                    + Money.format(paid));
        }
    }
}
