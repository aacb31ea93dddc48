package io.disputeflow.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.util.FileSystemUtils;

/**
 * One embedded PostgreSQL server (zonky, the binaries Maven downloads) for the whole benchmark, with durable
 * commits as in production (unlike the tests' fsync=off). Every run of a scenario gets a fresh database on it.
 */
final class BenchmarkPostgres implements AutoCloseable {

    static final String USER = "postgres";

    /** Server settings that differ from initdb's defaults or from zonky's (which turns synchronous_commit off). */
    static final Map<String, String> SETTINGS = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "max_connections", "300",
            "shared_buffers", "512MB",
            "max_wal_size", "2GB");

    /** Settings the report shows, as the server reports them. */
    private static final List<String> REPORTED = List.of("server_version", "fsync", "synchronous_commit",
            "full_page_writes", "wal_level", "max_connections", "shared_buffers", "work_mem", "max_wal_size",
            "checkpoint_timeout", "effective_io_concurrency");

    private final EmbeddedPostgres server;
    private final Path dataDirectory;
    private final AtomicInteger databases = new AtomicInteger();

    private BenchmarkPostgres(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /** Starts the server with its data directory under {@code directory} (on disk, so fsync means something). */
    static BenchmarkPostgres start(Path directory) {
        Path data = directory.toAbsolutePath().resolve("pgdata");
        try {
            // a data directory left by an aborted benchmark would keep its postmaster.pid
            FileSystemUtils.deleteRecursively(data);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true);
            SETTINGS.forEach(builder::setServerConfig);
            return new BenchmarkPostgres(builder.start(), data);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** Creates an empty database and returns its name. */
    String newDatabase(String prefix) {
        String name = prefix + "_" + databases.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return name;
    }

    /**
     * Creates a database as a copy of {@code template} (which nobody may be connected to) and returns its name.
     * FILE_COPY copies the files instead of WAL-logging every page: fast for the storm's large templates.
     */
    String copyDatabase(String template, String prefix) {
        String name = prefix + "_" + databases.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + template + " STRATEGY FILE_COPY");
        return name;
    }

    void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    String jdbcUrl(String database) {
        return server.getJdbcUrl(USER, database);
    }

    int port() {
        return server.getPort();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** A small connection pool of the harness itself (polling progress, checking results), apart from the nodes'. */
    HikariDataSource pool(String database, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(database));
        config.setUsername(USER);
        config.setMaximumPoolSize(size);
        config.setPoolName("benchmark-" + database);
        return new HikariDataSource(config);
    }

    /** The server's version and the settings that matter for write throughput, as {@code SHOW} reports them. */
    Map<String, String> reportedSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String setting : REPORTED) {
                try (ResultSet rs = statement.executeQuery("SHOW " + setting)) {
                    rs.next();
                    settings.put(setting, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the PostgreSQL settings", e);
        }
        return settings;
    }

    private void execute(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
