package io.disputeflow.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpRefundGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(300);

    private static HttpServer server;
    private static ExecutorService executor;

    /** Requests seen by {@code /refunds}: headers and parsed body. */
    private static final List<Seen> seen = new CopyOnWriteArrayList<>();
    /** For {@code /flaky}: calls per key, and successful payments per key. */
    private static final Map<String, AtomicInteger> flakyCalls = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> flakyPaid = new ConcurrentHashMap<>();

    record Seen(String idempotencyKey, String contentType, String authorization, String method, JsonNode body) {
    }

    @BeforeAll
    static void startProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/refunds", exchange -> {
            seen.add(new Seen(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestMethod(),
                    JSON.readTree(exchange.getRequestBody())));
            respond(exchange, 201, "{\"reference\":\"re_123\",\"status\":\"paid\"}");
        });
        server.createContext("/duplicate", exchange -> respond(exchange, 409,
                "{\"reference\":\"re_first\",\"message\":\"idempotency key already used\"}"));
        server.createContext("/declined", exchange -> respond(exchange, 422,
                "{\"code\":\"card_expired\",\"message\":\"The buyer's card has expired\"}"));
        server.createContext("/declined-bare", exchange -> respond(exchange, 403, ""));
        server.createContext("/broken", exchange -> respond(exchange, 500, "{\"message\":\"database down\"}"));
        server.createContext("/garbled", exchange -> respond(exchange, 200, "<html>ok</html>"));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(REQUEST_TIMEOUT.multipliedBy(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "{\"reference\":\"too_late\"}");
        });
        server.createContext("/flaky", new FlakyProvider());
        // Handlers run on a pool so the sleeping one cannot hold up later tests.
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.start();
    }

    @AfterAll
    static void stopProvider() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void paysAndReturnsTheProvidersReference() {
        RefundReceipt receipt = gateway("/refunds", "s3cret").release(order("refund-1"));

        assertThat(receipt).isEqualTo(new RefundReceipt("re_123", false));
        assertThat(seen).hasSize(1);
        Seen request = seen.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.idempotencyKey()).isEqualTo("refund-1");
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.authorization()).isEqualTo("Bearer s3cret");
        assertThat(request.body().get("idempotencyKey").asText()).isEqualTo("refund-1");
        assertThat(request.body().get("disputeId").asText()).isEqualTo("D-42");
        assertThat(request.body().get("orderId").asText()).isEqualTo("O-7");
        assertThat(request.body().get("amount").isTextual()).as("amount is a string").isTrue();
        assertThat(request.body().get("amount").asText()).isEqualTo("12.50");
        assertThat(request.body().get("currency").asText()).isEqualTo("USD");
    }

    @Test
    void conflictOnTheSameKeyMeansAlreadyProcessed() {
        assertThat(gateway("/duplicate").release(order("refund-2")))
                .isEqualTo(new RefundReceipt("re_first", true));
    }

    @Test
    void clientErrorIsADeclineCarryingTheProvidersMessage() {
        assertThatThrownBy(() -> gateway("/declined").release(order("refund-3")))
                .isInstanceOfSatisfying(RefundDeclinedException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("card_expired");
                    assertThat(e.reason()).isEqualTo("The buyer's card has expired");
                    assertThat(e.getMessage()).contains("refund-3", "The buyer's card has expired");
                });
    }

    @Test
    void clientErrorWithoutBodyIsADeclineNamingTheStatus() {
        assertThatThrownBy(() -> gateway("/declined-bare").release(order("refund-4")))
                .isInstanceOfSatisfying(RefundDeclinedException.class,
                        e -> assertThat(e.reason()).isEqualTo("HTTP 403"));
    }

    @Test
    void serverErrorIsUnavailable() {
        assertThatThrownBy(() -> gateway("/broken").release(order("refund-5")))
                .isInstanceOf(RefundProviderUnavailableException.class)
                .hasMessageContaining(url("/broken").toString())
                .hasMessageContaining("500")
                .hasMessageContaining("retried");
    }

    @Test
    void unreadableSuccessIsUnavailable() {
        assertThatThrownBy(() -> gateway("/garbled").release(order("refund-6")))
                .isInstanceOf(RefundProviderUnavailableException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void slowProviderIsUnavailable() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> gateway("/slow").release(order("refund-7")))
                .isInstanceOf(RefundProviderUnavailableException.class)
                .hasMessageContaining("did not answer within")
                .hasMessageContaining("retried");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(REQUEST_TIMEOUT.multipliedBy(4));
    }

    @Test
    void refusedConnectionIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + closedPort + "/refunds");
        HttpRefundGateway gateway = new HttpRefundGateway(
                new RefundGatewayProperties.Http(closed, Duration.ofSeconds(1), REQUEST_TIMEOUT, null), JSON);

        assertThatThrownBy(() -> gateway.release(order("refund-8")))
                .isInstanceOf(RefundProviderUnavailableException.class)
                .hasMessageContaining(closed.toString())
                .hasMessageContaining("retried");
    }

    @Test
    void retriesWithTheSameKeyPayOnce() {
        HttpRefundGateway gateway = gateway("/flaky");
        RefundOrder order = order("refund-9");

        assertThatThrownBy(() -> gateway.release(order)).isInstanceOf(RefundProviderUnavailableException.class);
        assertThatThrownBy(() -> gateway.release(order)).isInstanceOf(RefundProviderUnavailableException.class);
        assertThat(gateway.release(order)).isEqualTo(new RefundReceipt("re_refund-9", false));
        // a retry after a lost answer: the provider recognises the key
        assertThat(gateway.release(order)).isEqualTo(new RefundReceipt("re_refund-9", true));

        assertThat(flakyCalls.get("refund-9")).hasValue(4);
        assertThat(flakyPaid.get("refund-9")).hasValue(1);
    }

    /** Fails the first two calls per key with 503, pays on the third, answers 409 afterwards. */
    private static final class FlakyProvider implements HttpHandler {

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            exchange.getRequestBody().readAllBytes();
            int call = flakyCalls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (call <= 2) {
                respond(exchange, 503, "{\"message\":\"try again\"}");
                return;
            }
            AtomicInteger paid = flakyPaid.computeIfAbsent(key, k -> new AtomicInteger());
            if (paid.compareAndSet(0, 1)) {
                respond(exchange, 200, "{\"reference\":\"re_" + key + "\"}");
            } else {
                respond(exchange, 409, "{\"reference\":\"re_" + key + "\"}");
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static RefundOrder order(String key) {
        return new RefundOrder(key, "D-42", "O-7", new java.math.BigDecimal("12.5"), "USD");
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static HttpRefundGateway gateway(String path) {
        return gateway(path, null);
    }

    private static HttpRefundGateway gateway(String path, String token) {
        return new HttpRefundGateway(
                new RefundGatewayProperties.Http(url(path), Duration.ofSeconds(1), REQUEST_TIMEOUT, token), JSON);
    }
}
