package io.disputeflow.onboarding;

import io.disputeflow.identity.StoreTenants;
import io.disputeflow.store.Store;
import io.disputeflow.store.Stores;
import io.disputeflow.tasklist.TasklistFilters;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up: the shared Tasklist filters, and a tenant, groups and filter for every registered store (for
 * stores added to the database by other means, e.g. a migration). Idempotent.
 */
@Component
public class StoreProvisioning {

    private final Stores stores;
    private final StoreTenants tenants;
    private final TasklistFilters filters;

    public StoreProvisioning(Stores stores, StoreTenants tenants, TasklistFilters filters) {
        this.stores = stores;
        this.tenants = tenants;
        this.filters = filters;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void provisionStores() {
        filters.ensureSharedFilters();
        for (Store store : stores.all()) {
            tenants.provision(store, stores.companyName(store.companyId()));
            filters.ensureStoreFilter(store);
        }
    }
}
