package io.disputeflow.benchmark;

import io.disputeflow.support.ApiClient;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

    private BenchmarkNode() {
    }

    /** One embedded PostgreSQL for the whole benchmark, with durable commits as in production. */
    static TestPostgres startPostgres(Path directory) {
        return TestPostgres.start(directory, POSTGRES_SETTINGS);
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

    /** A request body of POST /api/disputes: the API tests' valid request (ApiFixture), 25.00 USD of 40.00. */
    static String openDisputeBody(String orderId, Instant now) {
        return ApiClient.json(ApiFixture.openRequest(orderId, BenchmarkAccounts.STORE, "DEFECTIVE", "25.00", now));
    }
}
