package io.disputeflow.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a storefront and a seller agent send to a running node over HTTP: JSON with Basic authentication, one
 * shared {@link HttpClient} per instance. For nodes outside a Spring test context (extra nodes, nodes in a JVM of
 * their own, the benchmark); inside it, {@link ApiFixture} speaks through Spring's TestRestTemplate.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String baseUrl;
    private final UnaryOperator<String> passwords;
    private final Duration timeout;

    /** @param passwords the password of each user */
    public ApiClient(String baseUrl, UnaryOperator<String> passwords, Duration timeout) {
        this.baseUrl = baseUrl;
        this.passwords = passwords;
        this.timeout = timeout;
    }

    /** POSTs JSON; an I/O failure (the node did not answer) is thrown as it is. */
    public HttpResponse<String> send(String user, String path, String json, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = builder(user, "POST", path, json, "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any request with an optional JSON body, accepting {@code accept}; an I/O failure is a test failure. */
    public HttpResponse<String> request(String user, String method, String path, String json, String accept) {
        try {
            return http.send(builder(user, method, path, json, accept).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
    }

    /** POSTs JSON; an I/O failure is a test failure. */
    public HttpResponse<String> post(String user, String path, String json) {
        return request(user, "POST", path, json, "application/json");
    }

    private HttpRequest.Builder builder(String user, String method, String path, String json, String accept) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
    }

    /** The seller agent's answer "accept the buyer's proposal", as Tasklist sends task variables. */
    public static String acceptBody() {
        return json(Map.of("variables", Map.of("sellerDecision", Map.of("value", "ACCEPT"))));
    }

    /** The body of an answer as JSON, null when it is none. */
    public static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The id of the dispute a 201 answer of POST /api/disputes describes. */
    public static String disputeId(HttpResponse<String> created) {
        JsonNode body = body(created);
        if (body == null || !body.hasNonNull("id")) {
            throw new IllegalStateException("Unreadable answer to POST /api/disputes: " + created.body());
        }
        return body.get("id").asText();
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String basic(String user) {
        String credentials = user + ":" + passwords.apply(user);
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
