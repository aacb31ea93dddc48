package io.disputeflow.benchmark;

import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.identity.StoreTenants;
import io.disputeflow.store.Store;
import io.disputeflow.store.Stores;
import io.disputeflow.support.ApplicationNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * The benchmark's store and API users, created the way the platform provisions them: a store (a Camunda tenant of
 * its company's group), a storefront integration account and a seller agent of the store's company.
 */
final class BenchmarkAccounts {

    static final String COMPANY = "bench";
    static final String STORE = "store-bench";
    static final String STOREFRONT = "bench-storefront";
    static final String SELLER_AGENT = "bench-agent";
    static final String PASSWORD = "benchmark-secret";

    private BenchmarkAccounts() {
    }

    /** Registers the store only (enough for disputes opened in-process). */
    static void registerStore(ApplicationNode node) {
        Store store = node.bean(Stores.class).register(COMPANY, "Bench Traders", STORE, "Bench Store");
        node.bean(StoreTenants.class).provision(store, "Bench Traders");
    }

    /** The store plus the storefront and seller-agent accounts the HTTP scenarios sign in with. */
    static void create(ApplicationNode node) {
        registerStore(node);
        IdentityService identity = node.bean(IdentityService.class);
        user(identity, STOREFRONT, PlatformGroup.STOREFRONT);
        user(identity, SELLER_AGENT, PlatformGroup.SELLER_AGENTS);
        node.bean(StoreTenants.class).addMember(COMPANY, SELLER_AGENT);
    }

    private static void user(IdentityService identity, String id, PlatformGroup group) {
        User user = identity.newUser(id);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group.id());
    }
}
