package io.disputeflow.benchmark;

import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.support.ApiClient;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the benchmark starts DisputeFlow nodes ({@link ApplicationNode}, job executor on, as production runs it) on
 * its database and talks to them ({@link ApiClient}) as its storefront and seller agent.
 */
final class BenchmarkNode {

    /** Server settings that differ from initdb's defaults or from zonky's (which turns synchronous_commit off). */
    static final Map<String, String> POSTGRES_SETTINGS = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "max_connections", "300",
            "shared_buffers", "512MB",
            "max_wal_size", "2GB");
    /** Camunda's own REST start of the process intake starts (the baseline of intake). */
    static final String REST_START = "/engine-rest/process-definition/key/" + Definitions.DISPUTE_RESOLUTION
            + "/start";
    /** The date format of Camunda's REST API. */
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    private BenchmarkNode() {
    }

    /** One embedded PostgreSQL for the whole benchmark, with durable commits as in production. */
    static TestPostgres startPostgres(Path directory) {
        Map<String, String> settings = new HashMap<>(POSTGRES_SETTINGS);
        settings.putAll(CostMeter.POSTGRES_SETTINGS);
        settings.putAll(planLogging(directory));
        return TestPostgres.start(directory, settings);
    }

    /**
     * With {@code -Dbenchmark.explain.ms=N} (whole milliseconds; 0 logs every statement): PostgreSQL's auto_explain
     * logs the executed plan of every statement taking N ms or more to {@code <work>/postgres-log} (a diagnosis aid:
     * it costs CPU, so figures of such a run are not comparable).
     */
    private static Map<String, String> planLogging(Path directory) {
        String threshold = System.getProperty("benchmark.explain.ms");
        if (threshold == null || threshold.isBlank()) {
            return Map.of();
        }
        return Map.of(
                "shared_preload_libraries", CostMeter.POSTGRES_SETTINGS.get("shared_preload_libraries") + ",auto_explain",
                "auto_explain.log_min_duration", threshold,
                "auto_explain.log_analyze", "on",
                "auto_explain.log_buffers", "on",
                "logging_collector", "on",
                "log_directory", directory.toAbsolutePath().resolve("postgres-log").toString());
    }

    /**
     * Starts a node. {@code engineName} "default" keeps /engine-rest working (it serves the default engine);
     * several nodes sharing this JVM need names of their own. {@code jobExecutor} null keeps the settings the
     * application ships, otherwise they are imposed.
     */
    static ApplicationNode start(TestPostgres postgres, String database, String name, String engineName,
                                 JobExecutorSettings jobExecutor, Path workDirectory) {
        ApplicationNode.Launch launch = ApplicationNode.on(postgres.jdbcUrl(database)).name(name).engine(engineName)
                .property("logging.level.io.disputeflow", "WARN")
                .property("disputeflow.evidence.directory",
                        workDirectory.resolve("evidence-" + database).toAbsolutePath().toString());
        if (jobExecutor != null) {
            launch.arguments(jobExecutor.asArguments());
        }
        return launch.start();
    }

    /** The storefront's and seller agent's client of a node. */
    static ApiClient api(ApplicationNode node) {
        return new ApiClient(node.baseUrl(), user -> BenchmarkAccounts.PASSWORD, Duration.ofSeconds(60));
    }

    /**
     * A request body of Camunda's REST start with the variables DisputeProcesses.start passes for
     * {@link #openDisputeBody} (business key = dispute id), for a dispute record the harness inserted
     * ({@link RestStartRecords}).
     */
    static String restStartBody(String disputeId, Instant now) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(Variables.STORE_ID, typed(BenchmarkAccounts.STORE, "String"));
        variables.put(Variables.STORE_NAME, typed(BenchmarkAccounts.STORE_NAME, "String"));
        variables.put(Variables.REASON, typed("DEFECTIVE", "String"));
        variables.put(Variables.PROTECTION_ENDS_AT, typed(REST_DATE.format(now.plus(40, ChronoUnit.DAYS)), "Date"));
        variables.put(Variables.FILED_AT, typed(REST_DATE.format(now), "Date"));
        return ApiClient.json(Map.of("businessKey", disputeId, "variables", variables));
    }

    private static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    /** A request body of POST /api/disputes: the API tests' valid request (ApiFixture), 25.00 USD of 40.00. */
    static String openDisputeBody(String orderId, Instant now) {
        return ApiClient.json(ApiFixture.openRequest(orderId, BenchmarkAccounts.STORE, "DEFECTIVE", "25.00", now));
    }
}
