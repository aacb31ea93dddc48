package io.disputeflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.onboarding.StoreDirectory;
import io.disputeflow.support.ApiTestSupport;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Task cards show people by name only where the reader may read the person's account: colleagues and the
 * platform read a company's people, everybody reads the platform's staff, nobody reads another company's people.
 */
class NameVisibilityTest extends ApiTestSupport {

    @Autowired
    StoreDirectory storeDirectory;
    @Autowired
    NameVisibility names;

    final String run = "nv" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void colleaguesAndThePlatformReadAPersonsName_anotherCompanyDoesNot() {
        storeDirectory.register(run + "-a", "Company A " + run, run + "-a1", "Store A " + run);
        storeDirectory.register(run + "-b", "Company B " + run, run + "-b1", "Store B " + run);
        String agentA = person("agent-a", PlatformGroup.SELLER_AGENTS);
        String supervisorA = person("supervisor-a", PlatformGroup.STORE_SUPERVISORS);
        String agentB = person("agent-b", PlatformGroup.SELLER_AGENTS);
        String arbitrator = person("arbitrator", PlatformGroup.ARBITRATORS);
        storeDirectory.addMember(run + "-a", agentA);
        storeDirectory.addMember(run + "-a", supervisorA);
        storeDirectory.addMember(run + "-b", agentB);
        names.platformStaff(arbitrator);

        assertThat(readableBy(supervisorA)).contains(agentA, arbitrator).doesNotContain(agentB);
        assertThat(readableBy(agentB)).contains(agentB, arbitrator).doesNotContain(agentA, supervisorA);
        assertThat(readableBy(arbitrator)).contains(agentA, supervisorA, agentB);
    }

    private String person(String name, PlatformGroup role) {
        String id = run + "-" + name;
        User user = identity.newUser(id);
        user.setFirstName(name);
        user.setLastName("Test");
        identity.saveUser(user);
        identity.createMembership(id, role.id());
        return id;
    }

    private List<String> readableBy(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
        try {
            return identity.createUserQuery().userIdIn(identity.createUserQuery().list().stream()
                    .map(User::getId).filter(id -> id.startsWith(run)).toArray(String[]::new)).list().stream()
                    .map(User::getId).toList();
        } finally {
            identity.clearAuthentication();
        }
    }
}
