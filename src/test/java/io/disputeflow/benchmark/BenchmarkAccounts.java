package io.disputeflow.benchmark;

import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.identity.StoreTenants;
import io.disputeflow.store.Store;
import io.disputeflow.store.Stores;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.process.ProcessModel.Definitions;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;

/**
 * The benchmark's store and API users, created the way the platform provisions them: a store (a Camunda tenant of
 * its company's group), a storefront integration account and a seller agent of the store's company.
 */
final class BenchmarkAccounts {

    static final String COMPANY = "bench";
    static final String STORE = "store-bench";
    static final String STORE_NAME = "Bench Store";
    static final String STOREFRONT = "bench-storefront";
    static final String SELLER_AGENT = "bench-agent";
    static final String PASSWORD = "benchmark-secret";

    private BenchmarkAccounts() {
    }

    /** Registers the store only (enough for disputes opened in-process). */
    static void registerStore(ApplicationNode node) {
        Store store = node.bean(Stores.class).register(COMPANY, "Bench Traders", STORE, STORE_NAME);
        node.bean(StoreTenants.class).provision(store, "Bench Traders");
    }

    /** The store plus the storefront and seller-agent accounts the HTTP scenarios sign in with. */
    static void create(ApplicationNode node) {
        registerStore(node);
        createUsers(node);
    }

    /** The storefront and seller-agent accounts, for a store already registered. */
    static void createUsers(ApplicationNode node) {
        IdentityService identity = node.bean(IdentityService.class);
        user(identity, STOREFRONT, PlatformGroup.STOREFRONT);
        user(identity, SELLER_AGENT, PlatformGroup.SELLER_AGENTS);
        node.bean(StoreTenants.class).addMember(COMPANY, SELLER_AGENT);
    }

    /**
     * Lets the storefront account start DisputeResolution through Camunda's REST API (Camunda's own
     * authorizations: read and instantiate the definition, create instances), for the REST start baseline.
     */
    static void allowRestStart(ApplicationNode node) {
        AuthorizationService authorizations = node.bean(AuthorizationService.class);
        Authorization definition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        definition.setUserId(STOREFRONT);
        definition.setResource(Resources.PROCESS_DEFINITION);
        definition.setResourceId(Definitions.DISPUTE_RESOLUTION);
        definition.addPermission(Permissions.READ);
        definition.addPermission(Permissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(definition);
        Authorization instances = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        instances.setUserId(STOREFRONT);
        instances.setResource(Resources.PROCESS_INSTANCE);
        instances.setResourceId(Authorization.ANY);
        instances.addPermission(Permissions.CREATE);
        authorizations.saveAuthorization(instances);
    }

    private static void user(IdentityService identity, String id, PlatformGroup group) {
        User user = identity.newUser(id);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group.id());
    }
}
