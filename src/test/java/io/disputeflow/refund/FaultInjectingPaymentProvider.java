package io.disputeflow.refund;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payment provider on loopback that behaves like a real one, idempotent by key (a repeated key is answered
 * 409 with the first payment's reference), and misbehaves on demand:
 * <ul>
 *   <li>a share of calls fails: HTTP 500, HTTP 503, or a <em>slow answer</em> that pays but answers only after
 *       the client gave up — the case in which a careless client pays twice;</li>
 *   <li>{@link #down()}: every call answers 503 until {@link #up()}.</li>
 * </ul>
 * Which call fails is drawn from the key and the attempt number, so a run is repeatable; no key fails more than
 * {@code maxFailuresInARow} times in a row, which keeps a flaky provider within the engine's retry budget.
 */
class FaultInjectingPaymentProvider implements AutoCloseable {

    enum Fault { ERROR_500, UNAVAILABLE_503, SLOW_BUT_PAID }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Duration slowAnswer;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile CountDownLatch held = new CountDownLatch(0);
    private volatile double faultRate;
    private volatile int maxFailuresInARow;

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresInARow = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> payments = new ConcurrentHashMap<>();
    private final Map<String, String> references = new ConcurrentHashMap<>();
    private final Map<Fault, AtomicInteger> faults = new ConcurrentHashMap<>();
    private final AtomicInteger repeatedKeys = new AtomicInteger();
    private final AtomicInteger refusedWhileDown = new AtomicInteger();

    FaultInjectingPaymentProvider(Duration slowAnswer) throws IOException {
        this.slowAnswer = slowAnswer;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/refunds", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/refunds");
    }

    /** From now on, {@code rate} of the calls fail, at most {@code maxInARow} times in a row for one key. */
    void flaky(double rate, int maxInARow) {
        faultRate = rate;
        maxFailuresInARow = maxInARow;
    }

    /** From now on, each call pays at once but answers only after {@link #release()}: a payment under way. */
    void holdAnswers() {
        held = new CountDownLatch(1);
    }

    void release() {
        held.countDown();
    }

    void down() {
        down.set(true);
    }

    void up() {
        down.set(false);
    }

    /** Refunds actually paid for this key (a correct client never makes this more than 1). */
    int payments(String key) {
        AtomicInteger count = payments.get(key);
        return count == null ? 0 : count.get();
    }

    int totalPayments() {
        return payments.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Calls received for this key. */
    int attempts(String key) {
        AtomicInteger count = attempts.get(key);
        return count == null ? 0 : count.get();
    }

    int totalAttempts() {
        return attempts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int faults(Fault fault) {
        AtomicInteger count = faults.get(fault);
        return count == null ? 0 : count.get();
    }

    /** Calls answered 409 because the key had been paid before (the retries after a slow answer). */
    int repeatedKeys() {
        return repeatedKeys.get();
    }

    int refusedWhileDown() {
        return refusedWhileDown.get();
    }

    @Override
    public String toString() {
        return "payment provider: " + totalAttempts() + " calls, " + totalPayments() + " payments, faults " + faults
                + ", " + repeatedKeys() + " answered 'already paid', " + refusedWhileDown() + " refused while down";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key == null || !key.equals(body.path("idempotencyKey").asText())) {
                respond(exchange, 400, "{\"code\":\"bad_request\",\"message\":\"Idempotency-Key missing\"}");
                return;
            }
            int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (down.get()) {
                refusedWhileDown.incrementAndGet();
                respond(exchange, 503, "{\"message\":\"maintenance\"}");
                return;
            }
            Fault fault = fault(key, attempt);
            if (fault == Fault.ERROR_500) {
                respond(exchange, 500, "{\"message\":\"internal error\"}");
            } else if (fault == Fault.UNAVAILABLE_503) {
                respond(exchange, 503, "{\"message\":\"overloaded\"}");
            } else {
                Answer answer = pay(key);
                if (fault == Fault.SLOW_BUT_PAID) {
                    sleep(slowAnswer);
                }
                awaitRelease();
                respond(exchange, answer.status(), answer.json());
            }
        }
    }

    private Fault fault(String key, int attempt) {
        AtomicInteger inARow = failuresInARow.computeIfAbsent(key, k -> new AtomicInteger());
        SplittableRandom draw = new SplittableRandom((key + "#" + attempt).hashCode());
        if (inARow.get() >= maxFailuresInARow || draw.nextDouble() >= faultRate) {
            inARow.set(0);
            return null;
        }
        inARow.incrementAndGet();
        Fault fault = Fault.values()[draw.nextInt(Fault.values().length)];
        faults.computeIfAbsent(fault, f -> new AtomicInteger()).incrementAndGet();
        return fault;
    }

    private record Answer(int status, String json) {
    }

    private synchronized Answer pay(String key) {
        String reference = references.get(key);
        if (reference != null) {
            repeatedKeys.incrementAndGet();
            return new Answer(409, "{\"code\":\"duplicate\",\"reference\":\"" + reference
                    + "\",\"message\":\"already paid\"}");
        }
        reference = "re_" + (references.size() + 1);
        references.put(key, reference);
        payments.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        return new Answer(201, "{\"reference\":\"" + reference + "\",\"status\":\"paid\"}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGaveUp) {
            // a slow answer whose caller timed out: the payment stands, the answer is lost
        }
    }

    private void awaitRelease() {
        try {
            held.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
