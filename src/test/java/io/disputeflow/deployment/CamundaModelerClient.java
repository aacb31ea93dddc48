package io.disputeflow.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.deployment.ModelFiles.ModelFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The requests Camunda Modeler 5 sends to a Camunda 7 REST endpoint, as its client builds them
 * (camunda-modeler, client/src/plugins/camunda-plugin/shared/CamundaAPI.js and RestAPI.js, v5.50.1):
 * every request with {@code accept: application/json} and {@code authorization: Basic ...}; a deployment is one
 * {@code POST <endpoint>/deployment/create}, multipart/form-data with the fields {@code deployment-name} (the name
 * typed in the deploy dialog), {@code deployment-source} = "Camunda Modeler", {@code enable-duplicate-filtering}
 * = "true" ({@code tenant-id} only when one is typed, never {@code deploy-changed-only}), then the open diagram as
 * a part named after its file ({@code text/xml}) and each additional file as a part named after its file
 * (a Blob without type, so {@code application/octet-stream}).
 */
public final class CamundaModelerClient {

    public static final String DEPLOYMENT_SOURCE = "Camunda Modeler";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String endpoint;
    private final String authorization;

    /** @param endpoint the "REST endpoint" of Modeler's deploy dialog, e.g. {@code http://localhost:8080/engine-rest} */
    public CamundaModelerClient(String endpoint, String user, String password) {
        this.endpoint = endpoint;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Deploys {@code files} as one deployment: the main diagram with all other files as additional files. */
    public HttpResponse<String> deploy(String deploymentName, ModelFiles files) {
        String boundary = "----WebKitFormBoundary" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Multipart body = new Multipart(boundary)
                .field("deployment-name", deploymentName)
                .field("deployment-source", DEPLOYMENT_SOURCE)
                .field("enable-duplicate-filtering", "true");
        List<ModelFile> ordered = files.inRequestOrder();
        for (int i = 0; i < ordered.size(); i++) {
            ModelFile file = ordered.get(i);
            body.file(file.name(), i == 0 ? "text/xml" : "application/octet-stream", file.content());
        }
        return send(request("/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.end())));
    }

    /** What the deploy dialog checks before it deploys: {@code GET /deployment?maxResults=0}. */
    public HttpResponse<String> checkConnection() {
        return get("/deployment?maxResults=0");
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public JsonNode getJson(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    /** For setting up accounts as an administrator (not something Modeler sends). */
    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(endpoint + path))
                .timeout(Duration.ofSeconds(60))
                .header("accept", "application/json")
                .header("authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data body as a browser's FormData serialises it. */
    private static final class Multipart {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final String boundary;

        Multipart(String boundary) {
            this.boundary = boundary;
        }

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart file(String name, String contentType, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            bytes.writeBytes(content);
            write("\r\n");
            return this;
        }

        byte[] end() {
            write("--" + boundary + "--\r\n");
            return bytes.toByteArray();
        }

        private void write(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
