package io.disputeflow.browser;

import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Base of the browser tests: the whole application on PostgreSQL (shared with the other Spring tests, so every
 * id here is unique per test), a headless Chromium on it, and the people, stores and Tasklist filter the tests
 * need, created through the engine's services rather than taken from the demo data.
 */
abstract class WebappTestSupport extends ApiTestSupport {

    static final String ALL_TASKS_FILTER = "All tasks";

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;

    /** A suffix that makes ids unique in the shared database: {@code bt<8 hex>}. */
    final String run = "bt" + UUID.randomUUID().toString().substring(0, 8);

    Browser browser() {
        return browser.at("http://localhost:" + port);
    }

    /** A store (Camunda tenant) of a company, known to the marketplace API. */
    void store(String companyId, String storeId) {
        stores.register(companyId, "Company " + companyId, storeId, "Store " + storeId);
        if (identity.createTenantQuery().tenantId(storeId).count() == 0) {
            identity.saveTenant(identity.newTenant(storeId));
        }
    }

    /** A user with password {@code <id>-secret} in one group, member of the given store tenants. */
    void person(String userId, String groupId, List<String> storeIds) {
        User user = identity.newUser(userId);
        user.setFirstName(userId);
        user.setLastName("Browser");
        user.setPassword(ApiFixture.password(userId));
        identity.saveUser(user);
        identity.createMembership(userId, groupId);
        storeIds.forEach(storeId -> identity.createTenantUserMembership(storeId, userId));
    }

    /**
     * Tasklist lists tasks through filters only: a shared "All tasks" filter (no criteria) that everybody may read,
     * created once for the shared database.
     */
    synchronized void allTasksFilter() {
        if (filters.createFilterQuery().filterName(ALL_TASKS_FILTER).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(ALL_TASKS_FILTER)
                .setQuery(tasks.createTaskQuery())
                .setProperties(Map.of("priority", 0, "description", "Every task I may see", "refresh", false,
                        "variables", List.of(
                                Map.of("name", "disputeId", "label", "Dispute"),
                                Map.of("name", "storeId", "label", "Store"))));
        filters.saveFilter(filter);
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        read.setUserId(Authorization.ANY);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
        authorizations.saveAuthorization(read);
    }

    /** Opens a dispute through {@code POST /api/disputes} as the storefront and runs its first steps. */
    String openDispute(String storeId, String reason, String requested) {
        return openDispute(storeId, reason, requested, false);
    }

    String openDispute(String storeId, String reason, String requested, boolean returnOffered) {
        Map<String, Object> request = openRequest("O-" + run + "-" + UUID.randomUUID().toString().substring(0, 6),
                storeId, reason, requested, NOW);
        request.put("returnOffered", returnOffered);
        return opened(request);
    }

}
