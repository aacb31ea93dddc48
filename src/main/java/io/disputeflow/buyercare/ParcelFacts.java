package io.disputeflow.buyercare;

import java.time.Instant;

/** What the reply templates say about a parcel; {@code delayReason} only matters for L2. */
public record ParcelFacts(String carrier, String trackingNumber, String lastLocation, Instant lastUpdateAt,
                          Instant protectionExtendedUntil, String delayReason) {
}
