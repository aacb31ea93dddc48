package io.disputeflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.DisputeFlowApplication;
import io.disputeflow.support.TestPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo profile plays its disputes with Camunda's JVM-global clock in the past. No request may be served
 * while it does: from its first answer on, the web server runs on real time, and readiness says UP only once
 * the demo disputes are there. A client asks the starting application as fast as it can and records, for every
 * answer, Camunda's clock and the number of demo disputes at that moment.
 */
class DemoStartupTimeTest {

    private static final int DEMO_DISPUTES = 41;

    private record Answer(Instant at, int status, String body, Duration engineClockOffset, int disputes) {
    }

    private final AtomicBoolean polling = new AtomicBoolean(true);
    private ConfigurableApplicationContext app;

    @AfterEach
    void close() {
        polling.set(false);
        if (app != null) {
            app.close();
        }
        ClockUtil.reset();
    }

    @Test
    void webServerAnswersOnlyOnRealTimeAndReadinessWaitsForTheDemo() throws Exception {
        String url = TestPostgres.newDatabase("demostart");
        int port = freePort();
        List<Answer> answers = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> client = CompletableFuture.runAsync(() -> poll(port, url, answers));

        app = new SpringApplicationBuilder(DisputeFlowApplication.class)
                .properties(Map.of("DB_URL", url, "DB_USER", TestPostgres.USER, "DB_PASSWORD", ""))
                .run("--server.port=" + port,
                        // as in ApplicationStartupTest: the webapps keep their context in a static field
                        "--spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                        "--spring.profiles.active=postgres,demo",
                        "--logging.level.root=WARN",
                        // a name of its own, so that closing it leaves the shared test context's engine registered
                        "--camunda.bpm.process-engine-name=demostart",
                        // as shipped: the job executor starts once the application is ready
                        "--camunda.bpm.job-execution.enabled=true");
        Instant ready = Instant.now();
        // a few answers after the start, then stop asking
        while (answers.stream().noneMatch(answer -> answer.at().isAfter(ready.plusMillis(300)))) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        polling.set(false);
        client.get(10, TimeUnit.SECONDS);

        assertThat(answers).as("answers of the starting web server").isNotEmpty();
        assertThat(answers).as("answers while Camunda's clock was away from real time")
                .filteredOn(answer -> answer.engineClockOffset().abs().compareTo(Duration.ofSeconds(5)) > 0)
                .isEmpty();
        assertThat(answers).as("answers before the demo disputes were there")
                .filteredOn(answer -> answer.disputes() != DEMO_DISPUTES)
                .isEmpty();
        assertThat(answers).filteredOn(answer -> answer.status() == 200).as("readiness UP").isNotEmpty()
                .allSatisfy(answer -> assertThat(answer.body()).contains("\"status\":\"UP\""));
        assertThat(answers.get(answers.size() - 1).status()).as("ready at the end").isEqualTo(200);
        assertThat(answers.get(answers.size() - 1).body()).contains("\"demoClock\":{\"status\":\"UP\"");

        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(3))));
        assertThat(readiness(port).statusCode()).as("readiness with Camunda's clock moved").isEqualTo(503);
        ClockUtil.reset();
        assertThat(readiness(port).statusCode()).as("readiness with Camunda's clock back").isEqualTo(200);
    }

    private static HttpResponse<String> readiness(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Asks for readiness until told to stop; connection refused (no web server yet) is not an answer. */
    private void poll(int port, String databaseUrl, List<Answer> answers) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (polling.get() && Instant.now().isBefore(giveUp)) {
            try {
                HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                Duration offset = Duration.between(Instant.now(), ClockUtil.getCurrentTime().toInstant());
                answers.add(new Answer(Instant.now(), response.statusCode(), response.body(), offset,
                        disputes(databaseUrl)));
                pause();
            } catch (IOException refused) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int disputes(String databaseUrl) {
        try (Connection connection = DriverManager.getConnection(databaseUrl, TestPostgres.USER, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM dispute")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException noTableYet) {
            return -1;
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
