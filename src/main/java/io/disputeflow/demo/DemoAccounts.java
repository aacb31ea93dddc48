package io.disputeflow.demo;

import io.disputeflow.identity.PlatformGroup;
import java.util.List;

/**
 * The demo profile's marketplace: three companies with eight stores (Aurora runs six, the most a company may),
 * and people for every role. Passwords equal the user id; README lists them.
 */
final class DemoAccounts {

    record Store(String id, String name, String companyId, String companyName) {
    }

    /** {@code companyId} null: platform staff, who work for every store. */
    record Person(String id, String firstName, String lastName, PlatformGroup group, String companyId) {
    }

    static final String AURORA = "aurora";
    static final String BOREAL = "boreal";
    static final String CASCADE = "cascade";

    static final List<Store> STORES = List.of(
            new Store("store-aurora-gadgets", "Aurora Gadgets", AURORA, "Aurora Trading"),
            new Store("store-aurora-home", "Aurora Home", AURORA, "Aurora Trading"),
            new Store("store-aurora-kitchen", "Aurora Kitchen", AURORA, "Aurora Trading"),
            new Store("store-aurora-garden", "Aurora Garden", AURORA, "Aurora Trading"),
            new Store("store-aurora-toys", "Aurora Toys", AURORA, "Aurora Trading"),
            new Store("store-aurora-fashion", "Aurora Fashion", AURORA, "Aurora Trading"),
            new Store("store-boreal-outdoor", "Boreal Outdoor", BOREAL, "Boreal Outfitters"),
            new Store("store-cascade-beauty", "Cascade Beauty", CASCADE, "Cascade Cosmetics"));

    static final List<Person> PEOPLE = List.of(
            new Person("anna", "Anna", "Agent", PlatformGroup.SELLER_AGENTS, AURORA),
            new Person("alex", "Alex", "Agent", PlatformGroup.SELLER_AGENTS, AURORA),
            new Person("bruno", "Bruno", "Agent", PlatformGroup.SELLER_AGENTS, BOREAL),
            new Person("carla", "Carla", "Agent", PlatformGroup.SELLER_AGENTS, CASCADE),
            new Person("sofia", "Sofia", "Supervisor", PlatformGroup.STORE_SUPERVISORS, AURORA),
            new Person("sam", "Sam", "Supervisor", PlatformGroup.STORE_SUPERVISORS, BOREAL),
            new Person("arthur", "Arthur", "Arbitrator", PlatformGroup.ARBITRATORS, null),
            new Person("ines", "Ines", "Arbitration Supervisor", PlatformGroup.ARBITRATION_SUPERVISORS, null),
            new Person("owen", "Owen", "Process Owner", PlatformGroup.PROCESS_OWNERS, null),
            new Person("storefront", "Storefront", "API client", PlatformGroup.STOREFRONT, null),
            new Person("petra", "Petra", "Platform Admin", PlatformGroup.PLATFORM_ADMINS, null));

    private DemoAccounts() {
    }
}
