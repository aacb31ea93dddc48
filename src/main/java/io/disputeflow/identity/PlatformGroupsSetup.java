package io.disputeflow.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the platform's groups, lets each open its webapps and grants each its engine permissions
 * ({@link PlatformGrants}); everybody may read the groups' names. Idempotent: only what is missing is created, so grants changed in Camunda Admin stay
 * as an administrator left them.
 */
@Component
@Order(10)
public class PlatformGroupsSetup extends AbstractCamundaConfiguration {

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (PlatformGroup platformGroup : PlatformGroup.values()) {
            createGroupIfMissing(identity, platformGroup);
            everyoneReadsTheNameOf(authorizations, platformGroup);
            for (String webapp : platformGroup.webapps()) {
                grantIfMissing(authorizations, platformGroup.id(), Resources.APPLICATION, webapp,
                        List.of(Permissions.ACCESS));
            }
            for (PlatformGrants.Grant grant : PlatformGrants.GRANTS.getOrDefault(platformGroup, List.of())) {
                grantIfMissing(authorizations, platformGroup.id(), grant.resource(), Authorization.ANY,
                        grant.permissions());
            }
        }
    }

    private void createGroupIfMissing(IdentityService identity, PlatformGroup platformGroup) {
        if (identity.createGroupQuery().groupId(platformGroup.id()).count() == 0) {
            Group group = identity.newGroup(platformGroup.id());
            group.setName(platformGroup.displayName());
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(group);
        }
    }

    /**
     * Tasklist names a task's candidate groups ("Seller service agents, Store supervisors") only for groups the reader
     * may read, and shows the bare id of the others; the roles' names are no secret.
     */
    private void everyoneReadsTheNameOf(AuthorizationService authorizations, PlatformGroup platformGroup) {
        boolean granted = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.GROUP).resourceId(platformGroup.id()).count() > 0;
        if (!granted) {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            read.setUserId(Authorization.ANY);
            read.setResource(Resources.GROUP);
            read.setResourceId(platformGroup.id());
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }

    private void grantIfMissing(AuthorizationService authorizations, String groupId, Resource resource,
                                String resourceId, List<Permission> permissions) {
        boolean granted = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .count() > 0;
        if (!granted) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
            permissions.forEach(grant::addPermission);
            authorizations.saveAuthorization(grant);
        }
    }
}
