package io.disputeflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.support.PostgresSpringTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application's address and Camunda's webapp index open Tasklist, not Camunda's Welcome page. */
@PostgresSpringTest
class TasklistLandingTest {

    static final String TASKLIST = "/camunda/app/tasklist/default/";

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/camunda", "/camunda/", "/camunda/app", "/camunda/app/"})
    void entryAddresses_redirectToTasklist(String path) throws Exception {
        HttpResponse<Void> response = get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(URI.create(location).getPath()).isEqualTo(TASKLIST));
    }

    @Test
    void tasklistAndTheOtherWebapps_areServedAtTheirOwnAddresses() throws Exception {
        assertThat(get(TASKLIST).statusCode()).isEqualTo(200);
        assertThat(get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        assertThat(get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
        assertThat(get("/camunda/app/welcome/default/").statusCode()).isEqualTo(200);
    }

    HttpResponse<Void> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
