package io.disputeflow.identity;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may read a person's account, and so see their name instead of their id on a task card ("Arthur Arbitrator",
 * not "arthur"): the platform's staff by everybody, a company's people by their colleagues and the platform.
 * Another company's people stay unreadable.
 */
@Component
public class NameVisibility {

    private static final List<String> PLATFORM = List.of(PlatformGroup.ARBITRATORS.id(),
            PlatformGroup.ARBITRATION_SUPERVISORS.id(), PlatformGroup.PROCESS_OWNERS.id());

    private final AuthorizationService authorizations;

    public NameVisibility(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    /** An arbitrator's or supervisor's name, shown on every store's tasks they hold. */
    public void platformStaff(String userId) {
        if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.USER).resourceId(userId).count() == 0) {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            read.setUserId(Authorization.ANY);
            read.setResource(Resources.USER);
            read.setResourceId(userId);
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }

    /** One of a company's people: read by the company's group and the platform's groups. */
    public void companyMember(String companyGroup, String userId) {
        for (String group : concat(companyGroup)) {
            if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.USER)
                    .resourceId(userId).count() == 0) {
                Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                read.setGroupId(group);
                read.setResource(Resources.USER);
                read.setResourceId(userId);
                read.addPermission(Permissions.READ);
                authorizations.saveAuthorization(read);
            }
        }
    }

    private static List<String> concat(String companyGroup) {
        return Stream.concat(Stream.of(companyGroup), PLATFORM.stream()).toList();
    }
}
