package io.disputeflow.dispute;

import java.time.Duration;
import java.time.Instant;

/**
 * R1: a dispute can be opened once the seller has shipped (shipment notice filed), from 5 days after shipment,
 * or right after shipment when the promised delivery time is under 5 days, until buyer protection ends.
 */
public final class OpeningWindow {

    static final Duration WAIT_AFTER_SHIPMENT = Duration.ofDays(5);
    static final int SHORT_DELIVERY_DAYS = 5;

    private OpeningWindow() {
    }

    public static Instant opensAt(Instant shippedAt, int promisedDeliveryDays) {
        return promisedDeliveryDays < SHORT_DELIVERY_DAYS ? shippedAt : shippedAt.plus(WAIT_AFTER_SHIPMENT);
    }

    public static void check(Instant shippedAt, int promisedDeliveryDays, Instant protectionEndsAt, Instant now) {
        if (shippedAt == null) {
            throw new RuleViolationException("R1", "order.shippedAt",
                    "The seller has not filed the shipment notice yet: a dispute can be opened after shipment");
        }
        Instant opens = opensAt(shippedAt, promisedDeliveryDays);
        if (now.isBefore(opens)) {
            throw new RuleViolationException("R1", "order.shippedAt",
                    "Too early: a dispute for this order can be opened from " + opens + " (5 days after shipment)");
        }
        if (now.isAfter(protectionEndsAt)) {
            throw new RuleViolationException("R1", "order.protectionEndsAt",
                    "Too late: buyer protection for this order ended at " + protectionEndsAt);
        }
    }
}
