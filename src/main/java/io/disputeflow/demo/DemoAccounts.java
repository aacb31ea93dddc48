package io.disputeflow.demo;

import io.disputeflow.identity.PlatformGroup;
import java.util.List;

/**
 * The demo profile's stores and people. Passwords equal the user id; README lists them.
 */
final class DemoAccounts {

    record Store(String id, String name, String companyId, String companyName) {
    }

    record Person(String id, String firstName, String lastName, PlatformGroup group, List<String> storeIds) {
    }

    static final List<Store> STORES = List.of(
            new Store("store-aurora-gadgets", "Aurora Gadgets", "aurora", "Aurora Trading Ltd."),
            new Store("store-aurora-home", "Aurora Home", "aurora", "Aurora Trading Ltd."),
            new Store("store-boreal-outdoor", "Boreal Outdoor", "boreal", "Boreal Outfitters"));

    private static final List<String> AURORA = List.of("store-aurora-gadgets", "store-aurora-home");
    private static final List<String> BOREAL = List.of("store-boreal-outdoor");
    private static final List<String> ALL_STORES = STORES.stream().map(Store::id).toList();

    static final List<Person> PEOPLE = List.of(
            new Person("anna", "Anna", "Agent", PlatformGroup.SELLER_AGENTS, AURORA),
            new Person("bruno", "Bruno", "Agent", PlatformGroup.SELLER_AGENTS, BOREAL),
            new Person("sofia", "Sofia", "Supervisor", PlatformGroup.STORE_SUPERVISORS, AURORA),
            new Person("arthur", "Arthur", "Arbitrator", PlatformGroup.ARBITRATORS, ALL_STORES),
            new Person("ines", "Ines", "Arbitration Supervisor", PlatformGroup.ARBITRATION_SUPERVISORS, ALL_STORES),
            new Person("owen", "Owen", "Process Owner", PlatformGroup.PROCESS_OWNERS, ALL_STORES),
            new Person("storefront", "Storefront", "API client", PlatformGroup.STOREFRONT, ALL_STORES));

    private DemoAccounts() {
    }
}
