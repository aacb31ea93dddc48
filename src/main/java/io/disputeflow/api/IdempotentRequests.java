package io.disputeflow.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.persistence.InsertOnce;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a state-changing API request in one transaction and, when the client sent an {@code Idempotency-Key},
 * stores its successful answer with the key: a repeat of the same request gets the same answer and changes
 * nothing; concurrent repeats wait for the first and then get its answer. A refused request stores nothing, so
 * it may be retried with the same key.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private final JdbcTemplate jdbc;
    private final InsertOnce insertOnce;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public IdempotentRequests(JdbcTemplate jdbc, InsertOnce insertOnce, ObjectMapper json,
                              PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.insertOnce = insertOnce;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * @param request what identifies the request besides the key: method, path and body, compared on a repeat
     */
    public ResponseEntity<Object> run(ApiCaller caller, String key, Object request,
                                      Supplier<ResponseEntity<Object>> action) {
        if (key == null) {
            return transaction.execute(status -> action.get());
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new InvalidRequestException(HEADER, "format", "must be 1 to 128 letters, digits or . _ : -, "
                    + "e.g. a UUID");
        }
        String fingerprint = fingerprint(request);
        return transaction.execute(status -> {
            boolean first = insertOnce.insert("""
                    INSERT INTO api_idempotency_key (client_id, idempotency_key, request_hash, status, created_at)
                    VALUES (?, ?, ?, 0, ?)""", caller.userId(), key, fingerprint, Timestamp.from(clock.instant()));
            if (!first) {
                return replay(caller, key, fingerprint);
            }
            ResponseEntity<Object> response = action.get();
            jdbc.update("""
                    UPDATE api_idempotency_key SET status = ?, location = ?, body = ?
                    WHERE client_id = ? AND idempotency_key = ?""",
                    response.getStatusCode().value(), location(response), body(response), caller.userId(), key);
            return response;
        });
    }

    private ResponseEntity<Object> replay(ApiCaller caller, String key, String fingerprint) {
        Map<String, Object> stored = jdbc.queryForMap("""
                SELECT request_hash, status, location, body FROM api_idempotency_key
                WHERE client_id = ? AND idempotency_key = ?""", caller.userId(), key);
        if (!fingerprint.equals(((String) stored.get("request_hash")).trim())) {
            throw new IdempotencyKeyReusedException(key);
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.valueOf((Integer) stored.get("status")))
                .header("Idempotent-Replayed", "true");
        if (stored.get("location") != null) {
            answer.location(URI.create((String) stored.get("location")));
        }
        String body = (String) stored.get("body");
        return body == null ? answer.build() : answer.contentType(MediaType.APPLICATION_JSON).body(tree(body));
    }

    private String fingerprint(Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(json.writeValueAsString(request)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private static String location(ResponseEntity<Object> response) {
        URI location = response.getHeaders().getLocation();
        return location == null ? null : location.toString();
    }

    private String body(ResponseEntity<Object> response) {
        try {
            return response.getBody() == null ? null : json.writeValueAsString(response.getBody());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the answer of an idempotent request", e);
        }
    }

    private JsonNode tree(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer is not JSON", e);
        }
    }
}
