package io.disputeflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * People as screens name them: "Arthur Arbitrator" for the account {@code arthur}. Accounts without a name, and
 * actors that are no account (a buyer, the storefront's id), keep their id.
 */
@Component
public class PeopleNames {

    private final IdentityService identity;

    public PeopleNames(IdentityService identity) {
        this.identity = identity;
    }

    /** The display name of an account, or {@code userId} itself when there is no such account or it has no name. */
    public String of(String userId) {
        if (userId == null || userId.isBlank()) {
            return userId;
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : displayName(user);
    }

    /** The members of a platform group, e.g. every arbitrator, ordered by id. */
    public List<User> membersOf(PlatformGroup group) {
        return identity.createUserQuery().memberOfGroup(group.id()).orderByUserId().asc().list();
    }

    /** Whether the account exists and belongs to the group. */
    public boolean isMember(String userId, PlatformGroup group) {
        return userId != null && !userId.isBlank()
                && identity.createUserQuery().userId(userId.trim()).memberOfGroup(group.id()).count() == 1;
    }

    public static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
