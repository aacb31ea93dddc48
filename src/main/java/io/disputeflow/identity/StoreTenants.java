package io.disputeflow.identity;

import io.disputeflow.store.Store;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * Stores as Camunda tenants. A store's tenant has its company's group as member (so the company's agents and
 * supervisors see all its stores, and no other) and the platform groups that work for every store.
 * Idempotent: only what is missing is created.
 */
@Component
public class StoreTenants {

    /** Groups that see every store's work: arbitration, process ownership, the storefront. */
    static final List<PlatformGroup> EVERY_STORE = List.of(PlatformGroup.ARBITRATORS,
            PlatformGroup.ARBITRATION_SUPERVISORS, PlatformGroup.PROCESS_OWNERS, PlatformGroup.STOREFRONT);

    static final String COMPANY_GROUP_TYPE = "COMPANY";

    private final IdentityService identity;
    private final NameVisibility names;

    public StoreTenants(IdentityService identity, NameVisibility names) {
        this.identity = identity;
        this.names = names;
    }

    /** The Camunda group of a company's people, e.g. {@code company-aurora}. */
    public static String companyGroup(String companyId) {
        return "company-" + companyId;
    }

    public void provision(Store store, String companyName) {
        String companyGroup = companyGroup(store.companyId());
        if (identity.createGroupQuery().groupId(companyGroup).count() == 0) {
            Group group = identity.newGroup(companyGroup);
            group.setName(companyName);
            group.setType(COMPANY_GROUP_TYPE);
            identity.saveGroup(group);
        }
        if (identity.createTenantQuery().tenantId(store.id()).count() == 0) {
            Tenant tenant = identity.newTenant(store.id());
            tenant.setName(store.name());
            identity.saveTenant(tenant);
        }
        addGroupIfMissing(store.id(), companyGroup);
        EVERY_STORE.forEach(platformGroup -> addGroupIfMissing(store.id(), platformGroup.id()));
    }

    /** Makes a user one of the company's people: member of the company group, so of all its store tenants. */
    public void addMember(String companyId, String userId) {
        String group = companyGroup(companyId);
        if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
            identity.createMembership(userId, group);
        }
        names.companyMember(group, userId);
    }

    private void addGroupIfMissing(String tenantId, String groupId) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            return;
        }
        if (identity.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
            identity.createTenantGroupMembership(tenantId, groupId);
        }
    }
}
