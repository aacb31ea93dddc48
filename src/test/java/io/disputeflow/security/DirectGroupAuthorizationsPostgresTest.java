package io.disputeflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.support.PostgresSpringTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Authorization checks take the user's own groups as they are, without reading every group that has an authorization
 * first, and decide exactly as Camunda's do: a group's grant lets in, a group's revoke keeps out what everyone may,
 * a group without any authorization changes nothing, whether the account is in few groups or many.
 */
@PostgresSpringTest
class DirectGroupAuthorizationsPostgresTest {

    private static final String GRANTED_TASK = "direct-group-test-granted-task";
    private static final String REVOKED_TASK = "direct-group-test-revoked-task";

    @Autowired
    ProcessEngine engine;
    @Autowired
    AuthorizationService authorizations;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeAuthorizations() {
        created.forEach(authorizations::deleteAuthorization);
    }

    @Test
    void aCheckUsesTheUsersOwnGroups_notTheListOfEveryGroupWithAnAuthorization() {
        grant("direct-group-readers", GRANTED_TASK);

        List<String> checked = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
                        .filterAuthenticatedGroupIds(Arrays.asList("direct-group-readers", "direct-group-without-any",
                                null, "direct-group-readers")));

        // Camunda's manager would have read every group with an authorization and kept only "direct-group-readers"
        assertThat(checked).containsExactly("direct-group-readers", "direct-group-without-any");
    }

    @Test
    void aGroupsGrantLetsIn_aGroupWithoutAuthorizationsChangesNothing() {
        grant("direct-group-readers", GRANTED_TASK);

        assertThat(canRead(GRANTED_TASK, "direct-group-readers")).isTrue();
        assertThat(canRead(GRANTED_TASK, "direct-group-readers", "direct-group-without-any")).isTrue();
        assertThat(canRead(GRANTED_TASK, "direct-group-without-any")).isFalse();
        assertThat(canRead(GRANTED_TASK)).isFalse();
    }

    @Test
    void aGroupsRevokeKeepsOutWhatIsGrantedToEveryone() {
        save(authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL), null, REVOKED_TASK);
        save(authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE), "direct-group-banned",
                REVOKED_TASK);

        assertThat(canRead(REVOKED_TASK, "direct-group-without-any")).isTrue();
        assertThat(canRead(REVOKED_TASK, "direct-group-banned")).isFalse();
        assertThat(canRead(REVOKED_TASK, "direct-group-without-any", "direct-group-banned")).isFalse();
    }

    @Test
    void anAccountInManyGroupsIsCheckedAsCamundaDoes() {
        grant("direct-group-readers", GRANTED_TASK);
        save(authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL), null, REVOKED_TASK);
        save(authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE), "direct-group-banned",
                REVOKED_TASK);
        List<String> many = new ArrayList<>(IntStream
                .rangeClosed(1, DirectGroupAuthorizationManager.DIRECT_GROUPS_AT_MOST)
                .mapToObj(i -> "direct-group-directory-" + i).toList());
        many.add("direct-group-readers");

        assertThat(canRead(GRANTED_TASK, many.toArray(String[]::new))).isTrue();
        assertThat(canRead(REVOKED_TASK, many.toArray(String[]::new))).isTrue();
        many.add("direct-group-banned");
        assertThat(canRead(REVOKED_TASK, many.toArray(String[]::new))).isFalse();
    }

    private boolean canRead(String task, String... groups) {
        return authorizations.isUserAuthorized("direct-group-user", List.of(groups), Permissions.READ, Resources.TASK,
                task);
    }

    private void grant(String group, String task) {
        save(authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT), group, task);
    }

    private void save(Authorization authorization, String group, String task) {
        if (group != null) {
            authorization.setGroupId(group);
        }
        authorization.setResource(Resources.TASK);
        authorization.setResourceId(task);
        if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
            authorization.removePermission(Permissions.READ);
        } else {
            authorization.addPermission(Permissions.READ);
        }
        created.add(authorizations.saveAuthorization(authorization).getId());
    }
}
