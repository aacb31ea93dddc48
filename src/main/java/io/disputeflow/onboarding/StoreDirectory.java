package io.disputeflow.onboarding;

import io.disputeflow.dispute.Times;
import io.disputeflow.identity.CompanyAccounts;
import io.disputeflow.identity.CompanyAccounts.Account;
import io.disputeflow.identity.StoreTenants;
import io.disputeflow.store.Store;
import io.disputeflow.store.Stores;
import io.disputeflow.store.UnknownCompanyException;
import io.disputeflow.store.UnknownStoreException;
import io.disputeflow.tasklist.TasklistFilters;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboards the marketplace's companies: creates them, opens their stores (the store record, at most six open per
 * company; its Camunda tenant with the company's and the platform's groups; its Tasklist filter), gives their
 * agents and supervisors accounts, and closes stores. The onboarding API and the demo both go through it. Every
 * step is idempotent: repeating it with the same values changes nothing, other values for a taken id are refused.
 */
@Service
public class StoreDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(StoreDirectory.class);

    private final Stores stores;
    private final StoreTenants tenants;
    private final TasklistFilters filters;
    private final CompanyAccounts accounts;
    private final Clock clock;

    public StoreDirectory(Stores stores, StoreTenants tenants, TasklistFilters filters, CompanyAccounts accounts,
                          Clock clock) {
        this.stores = stores;
        this.tenants = tenants;
        this.filters = filters;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** @throws OnboardingConflictException when another company has this id */
    @Transactional
    public Onboarded<String> createCompany(String companyId, String name) {
        Optional<String> existing = stores.findCompany(companyId);
        if (existing.isPresent()) {
            if (!existing.get().equals(name)) {
                throw new OnboardingConflictException("company-exists", "The company id is taken", "id",
                        "Company id " + companyId + " belongs to " + existing.get() + ": choose another id");
            }
            return new Onboarded<>(companyId, false);
        }
        stores.addCompanyIfMissing(companyId, name);
        LOG.info("Company {} ({}) created", companyId, name);
        return new Onboarded<>(companyId, true);
    }

    /**
     * @throws io.disputeflow.store.StoreLimitExceededException for a company's seventh open store
     * @throws OnboardingConflictException when the id is another store's, or the store's and it is closed
     */
    @Transactional
    public Onboarded<Store> openStore(String companyId, String storeId, String storeName) {
        String companyName = stores.findCompany(companyId).orElseThrow(() -> new UnknownCompanyException(companyId));
        boolean created = stores.find(storeId).isEmpty();
        Store store = stores.open(companyId, storeId, storeName);
        if (!store.companyId().equals(companyId) || !store.name().equals(storeName)) {
            throw new OnboardingConflictException("store-exists", "The store id is taken", "id", "Store id " + storeId
                    + " belongs to " + store.name() + " of company " + store.companyId() + ": choose another id");
        }
        stores.closedAt(storeId).ifPresent(closedAt -> {
            throw new OnboardingConflictException("store-closed", "The store is closed", "id", "Store " + storeId
                    + " was closed on " + Times.utc(closedAt) + " and does not reopen: open a store with a new id");
        });
        provision(store, companyName);
        if (created) {
            LOG.info("Store {} ({}) of company {} ready", store.id(), store.name(), companyId);
        }
        return new Onboarded<>(store, created);
    }

    /**
     * Gives one of the company's people an account in their role; a repeat for a person who is already one of the
     * company's people changes nothing.
     *
     * @throws OnboardingConflictException when the user id is taken by somebody who is not one of the company's people
     */
    @Transactional
    public Onboarded<Account> addPerson(String companyId, NewPerson person, String password) {
        stores.findCompany(companyId).orElseThrow(() -> new UnknownCompanyException(companyId));
        Optional<Account> existing = accounts.find(person.userId());
        if (existing.isPresent()) {
            if (!accounts.isMember(companyId, person.userId())) {
                throw new OnboardingConflictException("user-exists", "The user id is taken", "userId", "User id "
                        + person.userId() + " is taken by another account: choose another user id");
            }
            return new Onboarded<>(existing.get(), false);
        }
        Account account = accounts.create(companyId, new Account(person.userId(), person.firstName(),
                person.lastName(), person.email(), person.role().group()), password);
        LOG.info("{} {} ({}) joined company {}", person.role(), person.userId(), person.email(), companyId);
        return new Onboarded<>(account, true);
    }

    /** Closes the store: it takes no new disputes, those already open run on. Closing a closed store changes nothing. */
    @Transactional
    public Instant closeStore(String storeId) {
        stores.find(storeId).orElseThrow(() -> new UnknownStoreException(storeId));
        Instant closedAt = stores.close(storeId, clock.instant());
        LOG.info("Store {} closed on {}", storeId, Times.utc(closedAt));
        return closedAt;
    }

    /**
     * The company (if missing) and its store (if missing), provisioned; for fixtures and start-up data that know no
     * conflicts.
     *
     * @throws io.disputeflow.store.StoreLimitExceededException for a company's seventh open store
     */
    @Transactional
    public Store register(String companyId, String companyName, String storeId, String storeName) {
        stores.addCompanyIfMissing(companyId, companyName);
        Store store = stores.open(companyId, storeId, storeName);
        provision(store, stores.companyName(store.companyId()));
        return store;
    }

    /** Makes an existing user one of the company's people. */
    public void addMember(String companyId, String userId) {
        tenants.addMember(companyId, userId);
    }

    private void provision(Store store, String companyName) {
        tenants.provision(store, companyName);
        filters.ensureStoreFilter(store);
    }
}
