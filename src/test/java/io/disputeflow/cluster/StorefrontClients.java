package io.disputeflow.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.support.ApiClient;
import io.disputeflow.support.ApiFixture;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final Queue<Opening> unanswered = new ConcurrentLinkedQueue<>();
    private final List<Opening> sent = new CopyOnWriteArrayList<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private ExecutorService clients;

    /** Opens {@code count} disputes one after the other; each must be accepted. */
    void open(String baseUrl, String batch, int count, Instant shippingReference) {
        ApiClient storefront = client(baseUrl);
        for (int i = 0; i < count; i++) {
            send(storefront, opening(batch, shippingReference));
        }
    }

    /** {@code count} clients open disputes without pause until their node stops answering. */
    void startBurst(String baseUrl, String batch, int count, Instant shippingReference) {
        clients = Executors.newFixedThreadPool(count);
        ApiClient storefront = client(baseUrl);
        for (int i = 0; i < count; i++) {
            clients.submit(() -> {
                while (!stop.get() && send(storefront, opening(batch, shippingReference))) {
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
        ApiClient storefront = client(baseUrl);
        again.forEach(opening -> send(storefront, opening));
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
        return new Opening(orderId, "open-" + orderId, ApiClient.json(request));
    }

    private static ApiClient client(String baseUrl) {
        return new ApiClient(baseUrl, user -> CrashDrillNode.STOREFRONT_PASSWORD, Duration.ofSeconds(30));
    }

    /** @return false when the node did not answer */
    private boolean send(ApiClient storefront, Opening opening) {
        sent.add(opening);
        HttpResponse<String> response;
        try {
            response = storefront.send(CrashDrillNode.STOREFRONT, "/api/disputes", opening.json(),
                    opening.idempotencyKey());
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
        JsonNode body = ApiClient.body(response);
        if (body == null) {
            return null;
        }
        if (response.statusCode() == 201) {
            return body.path("id").asText(null);
        }
        if (response.statusCode() == 409) {
            return body.path("existingDisputeId").asText(null);
        }
        return null;
    }
}
