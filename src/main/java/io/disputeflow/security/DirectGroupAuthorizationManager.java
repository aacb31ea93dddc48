package io.disputeflow.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization checks with the user's own groups as they are, instead of first reading every group that
 * has an authorization ({@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}, once per command).
 * <p>
 * That read only shortens the group list of the check that follows: a group without any authorization matches no
 * row, so leaving it in changes no answer, grants and revokes alike. But the read covers the whole table, and the
 * engine writes a row there for every candidate group of every open task: with 5,000 open disputes it reads 10,000
 * rows (3.7 ms of PostgreSQL) for each command of an agent in Tasklist or {@code /engine-rest}, growing with the open
 * disputes (Camunda issue 5485). Our users belong to a handful of groups; an account with more than
 * {@link #DIRECT_GROUPS_AT_MOST} (say, from a directory) keeps Camunda's shortening.
 */
public class DirectGroupAuthorizationManager extends AuthorizationManager {

    static final int DIRECT_GROUPS_AT_MOST = 20;

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        if (authenticatedGroupIds == null || authenticatedGroupIds.size() > DIRECT_GROUPS_AT_MOST) {
            return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
        }
        LinkedHashSet<String> groups = new LinkedHashSet<>(authenticatedGroupIds);
        groups.removeIf(Objects::isNull);
        return new ArrayList<>(groups); // mutable, as MyBatis expects of the engine's own lists
    }
}
