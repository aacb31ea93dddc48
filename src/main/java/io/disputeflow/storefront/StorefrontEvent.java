package io.disputeflow.storefront;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One event of the outbox as storefronts receive it: a stable {@code id} to drop duplicates by, the dispute's own
 * {@code sequence} (1, 2, 3, ... per dispute), and the global {@code cursor} to catch up from.
 */
public record StorefrontEvent(String id, String type, long cursor, String disputeId, String storeId, int sequence,
                              Instant occurredAt, JsonNode data) {
}
