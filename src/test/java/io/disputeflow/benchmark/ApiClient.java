package io.disputeflow.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.support.ApiFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/** What a storefront and a seller agent send over HTTP: JSON with Basic authentication, one shared client. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String baseUrl;

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A request body of POST /api/disputes: the API tests' valid request (ApiFixture), 25.00 USD of 40.00. */
    static String openDisputeBody(String orderId, Instant now) {
        return json(ApiFixture.openRequest(orderId, BenchmarkAccounts.STORE, "DEFECTIVE", "25.00", now));
    }

    /** The seller agent's answer "accept the buyer's proposal", as Tasklist sends task variables. */
    static String acceptBody() {
        return json(Map.of("variables", Map.of("sellerDecision", Map.of("value", "ACCEPT"))));
    }

    HttpResponse<String> post(String user, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during POST " + path, e);
        }
    }

    /** The id of the dispute a 201 answer of POST /api/disputes describes. */
    static String disputeId(HttpResponse<String> created) {
        try {
            JsonNode body = JSON.readTree(created.body());
            return body.get("id").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable answer to POST /api/disputes: " + created.body(), e);
        }
    }

    private static String basic(String user) {
        String credentials = user + ":" + BenchmarkAccounts.PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
