package io.disputeflow.storefront;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A storefront's webhook receiver on loopback, as a storefront would write it: it verifies each delivery's
 * signature (HMAC-SHA256 over {@code t + "." + body}, with its own code, not DisputeFlow's) and refuses timestamps
 * outside a 5-minute window on the clock it is given. It is unreliable on purpose: of every 10 requests, the 3rd and
 * 6th are answered 500 without being processed, and the 9th is processed but answered 503 (an acknowledgement lost on
 * the way back, so the retry is a duplicate). It can be stopped and started again on the same port.
 */
final class StorefrontReceiver implements AutoCloseable {

    /** A delivery the receiver processed: the event as it read it. */
    record Receipt(String eventId, String type, String disputeId, int sequence, long cursor, JsonNode event) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private final Supplier<Instant> clock;
    private final List<Receipt> processed = new ArrayList<>();
    private final Set<String> seenIds = new LinkedHashSet<>();
    private final List<Receipt> firstReceipts = new ArrayList<>();
    private volatile String secret;
    private int requests;
    private int refusedSignatures;
    private int failedOnPurpose;
    private HttpServer server;
    private int port;

    StorefrontReceiver(Supplier<Instant> clock) {
        this.clock = clock;
    }

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/hooks", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks";
    }

    void useSecret(String secret) {
        this.secret = secret;
    }

    synchronized int requests() {
        return requests;
    }

    synchronized int refusedSignatures() {
        return refusedSignatures;
    }

    synchronized int failedOnPurpose() {
        return failedOnPurpose;
    }

    /** Every processed delivery, duplicates included. */
    synchronized List<Receipt> processed() {
        return List.copyOf(processed);
    }

    /** The first receipt of each event id, in the order they came: what the storefront acts on. */
    synchronized List<Receipt> firstReceipts() {
        return List.copyOf(firstReceipts);
    }

    synchronized Set<String> eventIds() {
        return Set.copyOf(seenIds);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            requests++;
            if (!signatureValid(exchange.getRequestHeaders().getFirst("DisputeFlow-Signature"), body)) {
                refusedSignatures++;
                answer(exchange, 400, "signature refused");
                return;
            }
            int slot = requests % 10;
            if (slot == 3 || slot == 6) {
                failedOnPurpose++;
                answer(exchange, 500, "simulated outage");
                return;
            }
            JsonNode event = JSON.readTree(body);
            String id = event.get("id").asText();
            if (!id.equals(exchange.getRequestHeaders().getFirst("DisputeFlow-Event-Id"))) {
                answer(exchange, 400, "event id header does not match the body");
                return;
            }
            Receipt receipt = new Receipt(id, event.get("type").asText(), event.get("disputeId").asText(),
                    event.get("sequence").asInt(), event.get("cursor").asLong(), event);
            processed.add(receipt);
            if (seenIds.add(id)) {
                firstReceipts.add(receipt);
            }
            if (slot == 9) {
                failedOnPurpose++;
                answer(exchange, 503, "processed, but the answer is lost");
                return;
            }
            answer(exchange, 200, "ok");
        }
    }

    private boolean signatureValid(String header, String body) {
        if (header == null || secret == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                t = part.substring(2);
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(t));
        if (Duration.between(signedAt, clock.get()).abs().compareTo(REPLAY_WINDOW) > 0) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body)
                    .getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
