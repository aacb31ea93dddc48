package io.disputeflow.identity;

import io.disputeflow.process.EngineReads;
import io.disputeflow.process.TaskActors;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * People as screens name them: "Arthur Arbitrator" for the account {@code arthur}. Accounts without a name, and
 * actors that are no account (a buyer, the storefront's id), keep their id. Read on the platform's behalf
 * ({@link EngineReads}): whoever looks at a case sees the names of the people in it.
 */
@Component
public class PeopleNames {

    private final IdentityService identity;
    private final EngineReads reads;

    public PeopleNames(IdentityService identity, EngineReads reads) {
        this.identity = identity;
        this.reads = reads;
    }

    /** The display name of an account, or {@code userId} itself when there is no such account or it has no name. */
    public String of(String userId) {
        if (userId == null || userId.isBlank()) {
            return userId;
        }
        User user = reads.unrestricted(() -> identity.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : TaskActors.displayName(user);
    }

    /** The members of a platform group, e.g. every arbitrator, ordered by id. */
    public List<User> membersOf(PlatformGroup group) {
        return reads.unrestricted(() -> identity.createUserQuery().memberOfGroup(group.id()).orderByUserId().asc()
                .list());
    }

    /** Whether the account exists and belongs to the group. */
    public boolean isMember(String userId, PlatformGroup group) {
        return userId != null && !userId.isBlank() && reads.unrestricted(() -> identity.createUserQuery()
                .userId(userId.trim()).memberOfGroup(group.id()).count()) == 1;
    }
}
