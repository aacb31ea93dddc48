package io.disputeflow.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the platform's groups and lets each open its webapps. Idempotent: only what is missing is created,
 * so grants changed in Camunda Admin stay as an administrator left them.
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
            for (String webapp : platformGroup.webapps()) {
                grantWebappIfMissing(authorizations, platformGroup.id(), webapp);
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

    private void grantWebappIfMissing(AuthorizationService authorizations, String groupId, String webapp) {
        boolean granted = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(Resources.APPLICATION)
                .resourceId(webapp)
                .count() > 0;
        if (!granted) {
            Authorization access = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            access.setGroupId(groupId);
            access.setResource(Resources.APPLICATION);
            access.setResourceId(webapp);
            access.addPermission(Permissions.ACCESS);
            authorizations.saveAuthorization(access);
        }
    }
}
