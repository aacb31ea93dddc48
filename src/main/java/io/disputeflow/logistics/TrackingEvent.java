package io.disputeflow.logistics;

import java.time.Instant;

/** One scan of a parcel as the carrier reports it; {@code status} DELIVERED marks the delivery. */
public record TrackingEvent(Instant occurredAt, String status, String location, String description) {

    public static final String DELIVERED = "DELIVERED";

    public boolean isDelivery() {
        return DELIVERED.equalsIgnoreCase(status);
    }
}
