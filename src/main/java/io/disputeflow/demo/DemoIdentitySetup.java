package io.disputeflow.demo;

import io.disputeflow.identity.PlatformGroup;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: stores as tenants, one user per role, and shared Tasklist filters. Idempotent, so
 * restarting the demo keeps whatever was changed in Admin.
 */
@Component
@Profile("demo")
@Order(100)
public class DemoIdentitySetup extends AbstractCamundaConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoIdentitySetup.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        DemoAccounts.STORES.forEach(store -> createTenantIfMissing(identity, store));
        DemoAccounts.PEOPLE.forEach(person -> createPersonIfMissing(identity, person));
        createSharedFilters(engine);
        LOG.info("Demo accounts ready: {} stores, {} users (password = user id)",
                DemoAccounts.STORES.size(), DemoAccounts.PEOPLE.size());
    }

    private void createTenantIfMissing(IdentityService identity, DemoAccounts.Store store) {
        if (identity.createTenantQuery().tenantId(store.id()).count() == 0) {
            Tenant tenant = identity.newTenant(store.id());
            tenant.setName(store.name());
            identity.saveTenant(tenant);
        }
    }

    private void createPersonIfMissing(IdentityService identity, DemoAccounts.Person person) {
        if (identity.createUserQuery().userId(person.id()).count() > 0) {
            return;
        }
        User user = identity.newUser(person.id());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.id() + "@demo.disputeflow.io");
        user.setPassword(person.id());
        identity.saveUser(user);
        identity.createMembership(person.id(), person.group().id());
        person.storeIds().forEach(storeId -> identity.createTenantUserMembership(storeId, person.id()));
    }

    private void createSharedFilters(ProcessEngine engine) {
        TaskService tasks = engine.getTaskService();
        createFilterIfMissing(engine, "My tasks · due first", -10,
                "Tasks assigned to me, most urgent deadline first",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        createFilterIfMissing(engine, "My groups · due first", -5,
                "Unclaimed tasks of my groups, most urgent deadline first",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned().orderByDueDate().asc());
    }

    private void createFilterIfMissing(ProcessEngine engine, String name, int priority, String description,
                                       TaskQuery query) {
        FilterService filters = engine.getFilterService();
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
        filters.saveFilter(filter);
        grantFilterReadToAllGroups(engine.getAuthorizationService(), filter.getId());
    }

    private void grantFilterReadToAllGroups(AuthorizationService authorizations, String filterId) {
        Arrays.stream(PlatformGroup.values()).forEach(group -> {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(group.id());
            read.setResource(Resources.FILTER);
            read.setResourceId(filterId);
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        });
    }
}
