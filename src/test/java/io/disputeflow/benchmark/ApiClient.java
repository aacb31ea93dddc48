package io.disputeflow.benchmark;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
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

    /** A request body of POST /api/disputes: order paid 40.00 USD, shipped 10 days ago, protection 40 days on. */
    static String openDisputeBody(String orderId, Instant now) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("paidAmount", "40.00");
        order.put("shippedAt", now.minus(10, ChronoUnit.DAYS).toString());
        order.put("promisedDeliveryDays", 15);
        order.put("protectionEndsAt", now.plus(40, ChronoUnit.DAYS).toString());
        order.put("carrier", "Cainiao");
        order.put("trackingNumber", "LP-" + orderId);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("orderId", orderId);
        request.put("storeId", BenchmarkAccounts.STORE);
        request.put("buyerId", "buyer-" + orderId);
        request.put("buyerLanguage", "en");
        request.put("reason", "DEFECTIVE");
        request.put("description", "Stopped working after two days");
        request.put("requestedRefund", Map.of("amount", "25.00", "currency", "USD"));
        request.put("returnOffered", false);
        request.put("order", order);
        return json(request);
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
