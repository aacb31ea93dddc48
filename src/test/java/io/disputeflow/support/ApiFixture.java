package io.disputeflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.store.Stores;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * API tests' accounts, stores and requests. Two companies: north (stores store-north-1 and store-north-2, agent
 * agent-north) and south (store-south-1, agent agent-south); the storefront account shop; the arbitrator judge;
 * nobody, an account without any group. Passwords are the user id with "-secret".
 */
public class ApiFixture {

    public static final String STOREFRONT = "shop";
    public static final String NORTH_AGENT = "agent-north";
    public static final String SOUTH_AGENT = "agent-south";
    public static final String ARBITRATOR = "judge";
    public static final String NOBODY = "nobody";
    public static final String ADMIN = "admin";
    public static final String NORTH_1 = "store-north-1";
    public static final String NORTH_2 = "store-north-2";
    public static final String SOUTH_1 = "store-south-1";

    /** Signed-in clients of the one TestRestTemplate of the shared Spring test context (see {@link #as}). */
    private static final Map<String, TestRestTemplate> SIGNED_IN = new HashMap<>();
    private static TestRestTemplate signedInOf;

    private final TestRestTemplate http;

    public ApiFixture(TestRestTemplate http, IdentityService identity, Stores stores) {
        this.http = http;
        stores.register("north", "North Trading", NORTH_1, "North One");
        stores.register("north", "North Trading", NORTH_2, "North Two");
        stores.register("south", "South Goods", SOUTH_1, "South One");
        for (String store : List.of(NORTH_1, NORTH_2, SOUTH_1)) {
            tenant(identity, store);
        }
        user(identity, STOREFRONT, PlatformGroup.STOREFRONT.id(), List.of());
        user(identity, NORTH_AGENT, PlatformGroup.SELLER_AGENTS.id(), List.of(NORTH_1, NORTH_2));
        user(identity, SOUTH_AGENT, PlatformGroup.SELLER_AGENTS.id(), List.of(SOUTH_1));
        user(identity, ARBITRATOR, PlatformGroup.ARBITRATORS.id(), List.of());
        user(identity, NOBODY, null, List.of());
    }

    private static void tenant(IdentityService identity, String storeId) {
        if (identity.createTenantQuery().tenantId(storeId).count() == 0) {
            identity.saveTenant(identity.newTenant(storeId));
        }
    }

    private static void user(IdentityService identity, String id, String group, List<String> tenants) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setPassword(password(id));
        identity.saveUser(user);
        if (group != null) {
            identity.createMembership(id, group);
        }
        tenants.forEach(tenant -> identity.createTenantUserMembership(tenant, id));
    }

    /** A named account of the group with the stores' tenants (once: an existing account is left as it is). */
    public static String person(IdentityService identity, String id, String firstName, String lastName,
                                PlatformGroup group, List<String> tenants) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(password(id));
            identity.saveUser(user);
            identity.createMembership(id, group.id());
            tenants.forEach(tenant -> identity.createTenantUserMembership(tenant, id));
        }
        return id;
    }

    /**
     * An arbitrator who works on {@code storeId}'s disputes, as onboarding makes every arbitrator (the store's tenant
     * lets them in): a task of the store can only be given to such a person.
     */
    public static String arbitratorOf(IdentityService identity, String userId, String storeId) {
        tenant(identity, storeId);
        user(identity, userId, PlatformGroup.ARBITRATORS.id(), List.of());
        if (identity.createTenantQuery().tenantId(storeId).userMember(userId).count() == 0) {
            identity.createTenantUserMembership(storeId, userId);
        }
        return userId;
    }

    public static String password(String user) {
        return ADMIN.equals(user) ? "test-admin-secret" : user + "-secret";
    }

    /** A valid refund request: order paid 40.00 USD, shipped 10 days before {@code now}, protection 40 days on. */
    public static Map<String, Object> openRequest(String orderId, String storeId, String reason, String requested,
                                                  Instant now) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("paidAmount", "40.00");
        order.put("shippedAt", now.minus(10, ChronoUnit.DAYS).toString());
        order.put("promisedDeliveryDays", 15);
        order.put("protectionEndsAt", now.plus(40, ChronoUnit.DAYS).toString());
        order.put("carrier", "Cainiao");
        order.put("trackingNumber", "LP-" + orderId);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("orderId", orderId);
        request.put("storeId", storeId);
        request.put("buyerId", "buyer-" + orderId);
        request.put("buyerLanguage", "en");
        request.put("reason", reason);
        request.put("description", "Not what I ordered");
        request.put("requestedRefund", Map.of("amount", requested, "currency", "USD"));
        request.put("returnOffered", false);
        request.put("order", order);
        return request;
    }

    public ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return post(user, path, body, null);
    }

    public ResponseEntity<JsonNode> post(String user, String path, Object body, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> postRaw(String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> get(String user, String path) {
        return as(user).getForEntity(path, JsonNode.class);
    }

    public ResponseEntity<byte[]> download(String user, String path) {
        return as(user).getForEntity(path, byte[].class);
    }

    public ResponseEntity<JsonNode> upload(String user, String disputeId, String party, String kind, String fileName,
                                           MediaType type, byte[] content) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(type);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, partHeaders));
        body.add("party", party);
        body.add("kind", kind);
        body.add("note", "filed by " + user);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(user).exchange("/api/disputes/" + disputeId + "/evidence", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** Completes a task through the engine's REST API, as Tasklist does. */
    public ResponseEntity<String> completeTask(String user, String taskId, Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", typed), headers), String.class);
    }

    /**
     * The client signed in as {@code user}, one per user: {@code withBasicAuth} builds a new HTTP client with a
     * connection pool of its own each time, and hundreds of requests would each open a new connection.
     */
    public TestRestTemplate as(String user) {
        if (user == null) {
            return http;
        }
        synchronized (SIGNED_IN) {
            if (signedInOf != http) {
                SIGNED_IN.clear();
                signedInOf = http;
            }
            return SIGNED_IN.computeIfAbsent(user, id -> http.withBasicAuth(id, password(id)));
        }
    }
}
