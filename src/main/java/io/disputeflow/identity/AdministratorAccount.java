package io.disputeflow.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the configured administrator exists and that the {@code camunda-admin} group holds every
 * permission on every resource. Runs once the engine is built, before anyone can log in; existing accounts
 * are left untouched, so a password changed in Admin survives restarts.
 */
@Component
@Order(20)
public class AdministratorAccount extends AbstractCamundaConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AdministratorAccount.class);

    private final AdministratorProperties administrator;

    public AdministratorAccount(AdministratorProperties administrator) {
        this.administrator = administrator;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        createAdminGroupIfMissing(identity);
        grantAllPermissionsToAdminGroup(engine.getAuthorizationService());
        createAdministratorIfMissing(identity);
    }

    private void createAdminGroupIfMissing(IdentityService identity) {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
        group.setName("Platform administrators");
        group.setType(Groups.GROUP_TYPE_SYSTEM);
        identity.saveGroup(group);
    }

    private void grantAllPermissionsToAdminGroup(AuthorizationService authorizations) {
        for (Resource resource : Resources.values()) {
            boolean granted = authorizations.createAuthorizationQuery()
                    .groupIdIn(Groups.CAMUNDA_ADMIN)
                    .resourceType(resource)
                    .resourceId(Authorization.ANY)
                    .count() > 0;
            if (!granted) {
                Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(Groups.CAMUNDA_ADMIN);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
    }

    private void createAdministratorIfMissing(IdentityService identity) {
        String userId = administrator.user();
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName("Platform");
            user.setLastName("Administrator");
            user.setPassword(administrator.password());
            identity.saveUser(user);
            LOG.info("Created administrator account '{}'", userId);
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(userId, Groups.CAMUNDA_ADMIN);
        }
    }
}
