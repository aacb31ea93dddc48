package io.disputeflow.storefront;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** One signed POST to an endpoint; a 2xx answer is a delivery, anything else an error to retry. */
@Component
public class WebhookSender {

    private final HttpClient http;
    private final EventProperties properties;

    public WebhookSender(EventProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @return empty when the endpoint answered 2xx, else what went wrong, in words */
    public Optional<String> send(String url, String secret, StorefrontEvent event, String body, Instant now) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "DisputeFlow-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, now, body))
                .header(WebhookSignature.EVENT_ID_HEADER, event.id())
                .header(WebhookSignature.EVENT_TYPE_HEADER, event.type())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return Optional.empty();
            }
            String answer = response.body() == null ? "" : response.body().strip();
            return Optional.of("The endpoint answered HTTP " + response.statusCode()
                    + (answer.isEmpty() ? "" : ": " + (answer.length() > 200 ? answer.substring(0, 200) + "…" : answer)));
        } catch (HttpConnectTimeoutException e) {
            return Optional.of("Could not reach the endpoint: no connection within "
                    + properties.connectTimeout().toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return Optional.of("No answer within " + properties.requestTimeout().toSeconds() + " s");
        } catch (IOException e) {
            return Optional.of("Could not reach the endpoint: " + why(e, request.uri()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("Interrupted while sending");
        }
    }

    /** What administrators read about a failed connection: in words, not the name of a Java exception. */
    private static String why(IOException e, URI uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // the JDK's client reports an unknown host as a ConnectException caused by this
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "the host name " + uri.getHost() + " could not be found";
            }
        }
        if (e instanceof ConnectException) {
            return "the connection was refused (is the storefront's server down?)";
        }
        if (e instanceof SSLException) {
            return "the secure connection failed" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        return e.getMessage() == null ? "the connection failed" : e.getMessage();
    }
}
