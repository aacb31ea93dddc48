package io.disputeflow.refund;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.disputeflow.dispute.Money;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Objects;

/**
 * Pays refunds through an external provider's JSON endpoint. The idempotency key travels both as the
 * {@code Idempotency-Key} header and in the body, so a retried call can never pay twice.
 */
public class HttpRefundGateway implements RefundGateway {

    private static final String RETRY = "; the job will be retried with the same idempotency key";

    private final RefundGatewayProperties.Http config;
    private final ObjectMapper json;
    private final HttpClient client;

    public HttpRefundGateway(RefundGatewayProperties.Http config, ObjectMapper json) {
        this.config = Objects.requireNonNull(config, "config");
        this.json = Objects.requireNonNull(json, "json");
        URI url = config.url();
        if (url == null || !url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("disputeflow.refund.http.url must be an absolute http(s) URL, was "
                    + url);
        }
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public RefundReceipt release(RefundOrder order) {
        HttpResponse<String> response = send(order);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            String reference = text(body(response), "reference");
            if (reference == null) {
                throw unavailable("answered " + status + " without a 'reference' in its body", null);
            }
            return new RefundReceipt(reference, false);
        }
        if (status == 409) {
            // The provider has seen this idempotency key before: the refund is paid, only once.
            return new RefundReceipt(text(bodyOrNull(response), "reference"), true);
        }
        if (status >= 400 && status < 500) {
            JsonNode body = bodyOrNull(response);
            String message = text(body, "message");
            throw new RefundDeclinedException(order.idempotencyKey(), status, text(body, "code"),
                    message != null ? message : "HTTP " + status);
        }
        throw unavailable("answered HTTP " + status, null);
    }

    private HttpResponse<String> send(RefundOrder order) {
        HttpRequest.Builder request = HttpRequest.newBuilder(config.url())
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", order.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(requestBody(order)));
        if (config.token() != null) {
            request.header("Authorization", "Bearer " + config.token());
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw unavailable("could not be connected to within " + config.connectTimeout(), e);
        } catch (HttpTimeoutException e) {
            throw unavailable("did not answer within " + config.requestTimeout(), e);
        } catch (ConnectException e) {
            throw unavailable("refused the connection", e);
        } catch (IOException e) {
            throw unavailable("could not be called: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("call was interrupted", e);
        }
    }

    private String requestBody(RefundOrder order) {
        ObjectNode body = json.createObjectNode()
                .put("idempotencyKey", order.idempotencyKey())
                .put("disputeId", order.disputeId())
                .put("orderId", order.orderId())
                // a decimal string: a JSON number would be read as a double by many providers
                .put("amount", Money.format(order.amount()))
                .put("currency", order.currency());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write refund request " + order.idempotencyKey(), e);
        }
    }

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unavailable("answered " + response.statusCode() + " with a body that is not JSON", e);
        }
    }

    /** Error bodies are informative only: an unreadable one must not hide the status. */
    private JsonNode bodyOrNull(HttpResponse<String> response) {
        try {
            return response.body() == null || response.body().isBlank() ? null : json.readTree(response.body());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
            return null;
        }
        return value.asText();
    }

    private RefundProviderUnavailableException unavailable(String what, Throwable cause) {
        return new RefundProviderUnavailableException("Refund provider at " + config.url() + " " + what + RETRY,
                cause);
    }
}
