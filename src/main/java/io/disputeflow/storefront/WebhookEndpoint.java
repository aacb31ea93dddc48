package io.disputeflow.storefront;

import java.time.Instant;
import java.util.List;

/**
 * A storefront's URL that receives events: of every store ({@code allStores}) or of the listed ones. The owner is
 * the account that registered it; the secret that signs its deliveries is not part of this view.
 */
public record WebhookEndpoint(String id, String ownerId, String url, String description, boolean allStores,
                              List<String> storeIds, Instant createdAt) {

    public boolean receivesEventsOf(String storeId) {
        return allStores || storeIds.contains(storeId);
    }
}
