package io.disputeflow.security;

import java.util.List;

/**
 * A user authenticated against Camunda's identity service, with the groups and tenants (stores) the engine
 * needs for its authorization checks.
 */
public record CamundaUser(String userId, List<String> groupIds, List<String> tenantIds) {

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }

    @Override
    public String toString() {
        return userId;
    }
}
