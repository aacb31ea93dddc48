package io.disputeflow.storefront;

import java.util.Arrays;

/** What happened to a dispute, as storefronts read it in the {@code type} of an event. */
public enum StorefrontEventType {
    DISPUTE_OPENED("dispute.opened"),
    SELLER_ANSWERED("dispute.seller_answered"),
    COUNTER_OFFER_WAITING("dispute.counter_offer_waiting"),
    ESCALATED("dispute.escalated"),
    RETURN_REQUIRED("dispute.return_required"),
    RULING_MADE("dispute.ruling_made"),
    REFUND_PAID("dispute.refund_paid"),
    DISPUTE_CLOSED("dispute.closed"),
    DEADLINE_APPROACHING("dispute.deadline_approaching");

    private final String wireName;

    StorefrontEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static StorefrontEventType ofWireName(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type " + wireName));
    }
}
