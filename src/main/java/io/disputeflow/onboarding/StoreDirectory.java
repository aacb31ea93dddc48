package io.disputeflow.onboarding;

import io.disputeflow.identity.StoreTenants;
import io.disputeflow.store.Store;
import io.disputeflow.tasklist.TasklistFilters;
import io.disputeflow.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens stores for companies: the store record (at most six per company), its Camunda tenant with the
 * company's and the platform's groups, and its Tasklist filter.
 */
@Service
public class StoreDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(StoreDirectory.class);

    private final Stores stores;
    private final StoreTenants tenants;
    private final TasklistFilters filters;

    public StoreDirectory(Stores stores, StoreTenants tenants, TasklistFilters filters) {
        this.stores = stores;
        this.tenants = tenants;
        this.filters = filters;
    }

    /** @throws io.disputeflow.store.StoreLimitExceededException for a company's seventh store */
    @Transactional
    public Store register(String companyId, String companyName, String storeId, String storeName) {
        Store store = stores.register(companyId, companyName, storeId, storeName);
        tenants.provision(store, companyName);
        filters.ensureStoreFilter(store);
        LOG.info("Store {} ({}) of company {} ready", store.id(), store.name(), companyId);
        return store;
    }

    public void addMember(String companyId, String userId) {
        tenants.addMember(companyId, userId);
    }
}
