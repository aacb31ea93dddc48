package io.disputeflow.api;

import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.security.CamundaUser;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/** The authenticated API client and what its groups and stores (tenants) let it do. */
public record ApiCaller(String userId, List<String> groupIds, List<String> storeIds) {

    static ApiCaller of(CamundaUser user) {
        return new ApiCaller(user.userId(), user.groupIds(), user.tenantIds());
    }

    public boolean isAdministrator() {
        return groupIds.contains(Groups.CAMUNDA_ADMIN);
    }

    /** The storefront acts for buyers of every store. */
    public boolean isStorefront() {
        return groupIds.contains(PlatformGroup.STOREFRONT.id());
    }

    public boolean isPlatformStaff() {
        return groupIds.contains(PlatformGroup.ARBITRATORS.id())
                || groupIds.contains(PlatformGroup.ARBITRATION_SUPERVISORS.id());
    }

    /** Agents and supervisors of a company: their stores only. */
    public boolean isStoreStaff() {
        return groupIds.contains(PlatformGroup.SELLER_AGENTS.id())
                || groupIds.contains(PlatformGroup.STORE_SUPERVISORS.id());
    }

    public boolean isSupervisor() {
        return groupIds.contains(PlatformGroup.STORE_SUPERVISORS.id())
                || groupIds.contains(PlatformGroup.ARBITRATION_SUPERVISORS.id())
                || groupIds.contains(PlatformGroup.PROCESS_OWNERS.id());
    }

    public boolean seesEveryStore() {
        return isAdministrator() || isStorefront() || isPlatformStaff();
    }

    public boolean serves(String storeId) {
        return isStoreStaff() && storeIds.contains(storeId);
    }

    public boolean isProcessOwner() {
        return groupIds.contains(PlatformGroup.PROCESS_OWNERS.id());
    }

    /** Onboards companies, stores and people and feeds order volumes: platform administrators and camunda-admin. */
    public boolean isPlatformAdministrator() {
        return isAdministrator() || groupIds.contains(PlatformGroup.PLATFORM_ADMINS.id());
    }
}
