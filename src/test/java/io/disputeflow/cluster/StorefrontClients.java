package io.disputeflow.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.support.ApiFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Storefront clients opening disputes through {@code POST /api/disputes}, each request with an Idempotency-Key.
 * A request that got no answer (the node died) is kept and can be sent again, unchanged, to the restarted node.
 */
final class StorefrontClients {

    record Opening(String orderId, String idempotencyKey, String json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString(
            (CrashDrillNode.STOREFRONT + ":" + CrashDrillNode.STOREFRONT_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final Queue<Opening> unanswered = new ConcurrentLinkedQueue<>();
    private final List<Opening> sent = new CopyOnWriteArrayList<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private ExecutorService clients;

    /** Opens {@code count} disputes one after the other; each must be accepted. */
    void open(String baseUrl, String batch, int count, Instant shippingReference) {
        for (int i = 0; i < count; i++) {
            send(baseUrl, opening(batch, shippingReference));
        }
    }

    /** {@code count} clients open disputes without pause until their node stops answering. */
    void startBurst(String baseUrl, String batch, int count, Instant shippingReference) {
        clients = Executors.newFixedThreadPool(count);
        for (int i = 0; i < count; i++) {
            clients.submit(() -> {
                while (!stop.get() && send(baseUrl, opening(batch, shippingReference))) {
                    // next order
                }
            });
        }
    }

    void awaitBurstEnd() throws InterruptedException {
        clients.shutdown();
        if (!clients.awaitTermination(1, TimeUnit.MINUTES)) {
            stop.set(true);
            throw new AssertionError("burst clients still sending a minute after the node died");
        }
    }

    /** Sends every unanswered request again, with its original body and Idempotency-Key. */
    void resendUnanswered(String baseUrl) {
        List<Opening> again = new ArrayList<>(unanswered);
        unanswered.clear();
        again.forEach(opening -> send(baseUrl, opening));
    }

    Map<String, String> accepted() {
        return accepted;
    }

    /** Every order a request was sent for, answered or not. */
    Set<String> ordersSent() {
        return sent.stream().map(Opening::orderId).collect(Collectors.toSet());
    }

    List<Opening> unanswered() {
        return List.copyOf(unanswered);
    }

    List<String> unexpected() {
        return unexpected;
    }

    /** An order shipped 10 days before {@code reference}: within the opening window (R1) then and days later. */
    private Opening opening(String batch, Instant reference) {
        String orderId = "O-" + batch + "-" + sequence.incrementAndGet();
        Map<String, Object> request = ApiFixture.openRequest(orderId, CrashDrillNode.STORE, "DEFECTIVE", "15.00",
                reference);
        try {
            return new Opening(orderId, "open-" + orderId, JSON.writeValueAsString(request));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return false when the node did not answer */
    private boolean send(String baseUrl, Opening opening) {
        sent.add(opening);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/disputes"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", opening.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(opening.json()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            unanswered.add(opening);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unanswered.add(opening);
            return false;
        }
        String disputeId = disputeId(response);
        if (disputeId == null) {
            unexpected.add(opening.orderId() + ": HTTP " + response.statusCode() + " " + response.body());
        } else {
            accepted.merge(opening.orderId(), disputeId, (first, again) -> {
                if (!first.equals(again)) {
                    unexpected.add(opening.orderId() + " got two disputes: " + first + " and " + again);
                }
                return first;
            });
        }
        return true;
    }

    /** 201 (new or replayed) or 409 naming the dispute the first, unanswered request opened. */
    private static String disputeId(HttpResponse<String> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() == 201) {
                return body.path("id").asText(null);
            }
            if (response.statusCode() == 409) {
                return body.path("existingDisputeId").asText(null);
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
