package io.disputeflow.security;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * HTTP Basic checks are remembered, and forgotten the moment Camunda Admin's REST API or the identity service changes
 * a user, a password, a group membership or a tenant membership: a revoked user is refused by the very next request.
 */
class AuthenticationCachePostgresTest extends ApiTestSupport {

    private static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    AuthenticationCache cache;

    /** A new seller agent of store north-1: reads that store's disputes. */
    private String newAgent() {
        String id = "cache-agent-" + USERS.incrementAndGet();
        User user = identity.newUser(id);
        user.setPassword(id + "-pw");
        identity.saveUser(user);
        identity.createMembership(id, PlatformGroup.SELLER_AGENTS.id());
        identity.createTenantUserMembership(NORTH_1, id);
        return id;
    }

    private HttpStatus readStore(String user, String password) {
        return (HttpStatus) http.withBasicAuth(user, password)
                .getForEntity("/api/disputes?storeId=" + NORTH_1, JsonNode.class).getStatusCode();
    }

    private ResponseEntity<String> asAdmin(HttpMethod method, String path, Object body) {
        return api.as(ADMIN).exchange(path, method, new HttpEntity<>(body), String.class);
    }

    @Test
    void repeatedRequestsAreCheckedWithTheIdentityServiceOnce() {
        String agent = newAgent();
        long checksBefore = cache.checks();
        long cachedBefore = cache.answeredFromCache();

        for (int i = 0; i < 5; i++) {
            assertThat(readStore(agent, agent + "-pw")).isEqualTo(HttpStatus.OK);
        }

        assertThat(cache.checks() - checksBefore).isOne();
        assertThat(cache.answeredFromCache() - cachedBefore).isEqualTo(4);
        // Proof that the remembered path reads no identity table: a password changed behind the engine's back
        // (straight in the database, which nothing should do) is not seen until the entry expires.
        jdbc.update("UPDATE act_id_user SET pwd_ = 'changed-behind-the-engine' WHERE id_ = ?", agent);
        assertThat(readStore(agent, agent + "-pw")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aPasswordChangedThroughEngineRestRefusesTheOldPasswordAtOnce() {
        String agent = newAgent();
        assertThat(readStore(agent, agent + "-pw")).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> changed = asAdmin(HttpMethod.PUT, "/engine-rest/user/" + agent + "/credentials",
                Map.of("password", "new-" + agent + "-pw",
                        "authenticatedUserPassword", ApiFixture.password(ADMIN)));
        assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        // The new password first: after a refused attempt Camunda refuses even the right password for a few seconds.
        assertThat(readStore(agent, "new-" + agent + "-pw")).isEqualTo(HttpStatus.OK);
        assertThat(readStore(agent, agent + "-pw")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aUserDeletedThroughEngineRestIsRefusedAtOnce() {
        String agent = newAgent();
        assertThat(readStore(agent, agent + "-pw")).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> deleted = asAdmin(HttpMethod.DELETE, "/engine-rest/user/" + agent, null);
        assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(readStore(agent, agent + "-pw")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aUserRemovedFromItsGroupLosesTheGroupsRightsAtOnce() {
        String agent = newAgent();
        assertThat(readStore(agent, agent + "-pw")).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> removed = asAdmin(HttpMethod.DELETE,
                "/engine-rest/group/" + PlatformGroup.SELLER_AGENTS.id() + "/members/" + agent, null);
        assertThat(removed.getStatusCode()).as(removed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(readStore(agent, agent + "-pw")).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aUserRemovedFromAStoreLosesThatStoreAtOnce() {
        String agent = newAgent();
        assertThat(readStore(agent, agent + "-pw")).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> removed = asAdmin(HttpMethod.DELETE,
                "/engine-rest/tenant/" + NORTH_1 + "/user-members/" + agent, null);
        assertThat(removed.getStatusCode()).as(removed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(readStore(agent, agent + "-pw")).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMembershipRemovedThroughTheIdentityServiceIsSeenAtOnce() {
        String agent = newAgent();
        assertThat(readStore(agent, agent + "-pw")).isEqualTo(HttpStatus.OK);

        identity.deleteMembership(agent, PlatformGroup.SELLER_AGENTS.id());

        assertThat(readStore(agent, agent + "-pw")).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
