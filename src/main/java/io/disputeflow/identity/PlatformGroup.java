package io.disputeflow.identity;

/**
 * The roles of DisputeFlow as Camunda groups. Ids are used in BPMN candidate groups and in authorizations.
 */
public enum PlatformGroup {
    SELLER_AGENTS("seller-agents", "Seller service agents", "tasklist"),
    STORE_SUPERVISORS("store-supervisors", "Store supervisors", "tasklist", "cockpit"),
    ARBITRATORS("arbitrators", "Platform arbitrators", "tasklist"),
    ARBITRATION_SUPERVISORS("arbitration-supervisors", "Arbitration supervisors", "tasklist", "cockpit"),
    PROCESS_OWNERS("process-owners", "Process owners", "cockpit"),
    STOREFRONT("storefront", "Storefront and buyer apps (API clients)"),
    /**
     * Onboard companies, stores and their people, and feed order volumes, through the API; in Cockpit they watch the
     * deliveries of events to the storefronts.
     */
    PLATFORM_ADMINS("platform-admins", "Platform administrators (onboarding)", "cockpit");

    private final String id;
    private final String displayName;
    private final String[] webapps;

    PlatformGroup(String id, String displayName, String... webapps) {
        this.id = id;
        this.displayName = displayName;
        this.webapps = webapps;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Camunda webapps (resource APPLICATION) the group may open. */
    public String[] webapps() {
        return webapps.clone();
    }
}
