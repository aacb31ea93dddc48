package io.disputeflow.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.support.TestPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a stretch of work cost the machine, read outside the code under test: CPU time of the application (this
 * JVM, which runs the nodes in-process, less the load clients' and JIT compiler threads) and of PostgreSQL
 * (postmaster and every backend, from {@code /proc}), SQL statements ({@code pg_stat_statements}) and WAL bytes
 * ({@code pg_current_wal_lsn()}). The harness's own database work (polling, counting) runs as the role
 * {@value #HARNESS_ROLE} and is left out of both the statements and PostgreSQL's CPU.
 */
final class CostMeter {

    /** The role of every connection the harness itself opens, so that its queries are not counted. */
    static final String HARNESS_ROLE = "bench_harness";
    /** Server settings that load pg_stat_statements (the zonky binaries ship it). */
    static final Map<String, String> POSTGRES_SETTINGS = Map.of(
            "shared_preload_libraries", "pg_stat_statements",
            "pg_stat_statements.max", "20000",
            "pg_stat_statements.track", "top",
            "pg_stat_statements.track_utility", "on");
    /** Statements that are transaction control or session settings, not work: not counted as statements. */
    private static final String UTILITY = "^\\s*(BEGIN|START|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|SHOW|RESET|DISCARD)";
    /** Threads that are the load, not the application: the benchmark's clients and the JDK's HTTP client. */
    private static final List<String> LOAD_THREADS = List.of("bench-client-", "HttpClient-");
    /**
     * The JVM's JIT compiler threads: compiling is a one-time cost of a fresh JVM, and the scenario that runs first
     * would pay most of it; not counted in the app's CPU, shown apart.
     */
    private static final List<String> JIT_THREADS = List.of("C1 CompilerThre", "C2 CompilerThre");
    /** CPU of load-client threads that have ended (their /proc entry is gone with them). */
    private static final AtomicLong ENDED_LOAD_THREADS_NANOS = new AtomicLong();

    private final HikariDataSource connection;
    private final long postmaster;
    private final long ticksPerSecond;
    private final boolean statementsCounted;
    private final Path profiles;
    private final CpuSamples samples = CpuSamples.fromOptions();

    private CostMeter(HikariDataSource connection, long postmaster, long ticksPerSecond, boolean statementsCounted,
                      Path profiles) {
        this.connection = connection;
        this.profiles = profiles;
        this.postmaster = postmaster;
        this.ticksPerSecond = ticksPerSecond;
        this.statementsCounted = statementsCounted;
    }

    /**
     * Creates the harness role and pg_stat_statements on the benchmark's server; the meter reads from then on and
     * writes its statement profiles to {@code profiles}.
     */
    static CostMeter install(TestPostgres postgres, Path profiles) {
        try (HikariDataSource owner = ownerPool(postgres)) {
            try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
                s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + HARNESS_ROLE
                        + "') THEN CREATE ROLE " + HARNESS_ROLE + " LOGIN SUPERUSER; END IF; END $$");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the harness role", e);
            }
        }
        HikariDataSource pool = harnessPool(postgres, "postgres", 1);
        boolean statements;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statements = true;
        } catch (SQLException e) {
            statements = false;
        }
        return new CostMeter(pool, postmasterPid(postgres), clockTicksPerSecond(), statements, profiles);
    }

    /**
     * Refreshes the planner's statistics of the whole database (ANALYZE, as the harness: not counted) before a
     * measured window, so that it runs on statistics as autovacuum keeps them in a running system. A scenario's
     * database is new and grows within a minute, faster than autovacuum looks (every minute): without this, every
     * table is planned as the empty table it was at the start, and the engine's cached generic plans pick indexes
     * that read every row (e.g. the variables of an execution through the task-id index: 2.5 ms instead of 0.07 ms
     * at p90). {@code -Dbenchmark.analyze=false} measures such a never-analyzed database.
     */
    static void refreshPlannerStatistics(JdbcTemplate harness) {
        if (Boolean.parseBoolean(System.getProperty("benchmark.analyze", "true"))) {
            harness.execute("ANALYZE");
        }
    }

    /** A connection pool of the harness (not counted) on {@code database}. */
    static HikariDataSource harnessPool(TestPostgres postgres, String database, int size) {
        HikariConfig config = new HikariConfig();
        // not postgres.jdbcUrl: its "?user=postgres" would override the role, and the harness would be counted
        config.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.port() + "/" + database);
        config.setUsername(HARNESS_ROLE);
        config.setMaximumPoolSize(size);
        config.setPoolName("harness-" + database);
        return new HikariDataSource(config);
    }

    /** Load-client threads call this as they end, with their own CPU time (ThreadMXBean). */
    static void loadThreadEnded() {
        long nanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        if (nanos > 0) {
            ENDED_LOAD_THREADS_NANOS.addAndGet(nanos);
        }
    }

    boolean countsStatements() {
        return statementsCounted;
    }

    /**
     * Where the counters stand at the start of a measured window ({@link #read}); with {@code -Dbenchmark.profile=true}
     * the application's threads are sampled from here until {@link #writeProfile}.
     */
    Reading begin(String database) {
        Reading reading = read(database);
        samples.start();
        return reading;
    }

    /** Where the counters stand now; the statements are those run on {@code database}. */
    Reading read(String database) {
        double jvm = ticksToMillis(cpuTicks(Path.of("/proc/self/stat"), false));
        double load = ENDED_LOAD_THREADS_NANOS.get() / 1e6 + ticksToMillis(liveThreadTicks(LOAD_THREADS));
        double jit = ticksToMillis(liveThreadTicks(JIT_THREADS));
        try (Connection c = connection.getConnection(); Statement s = c.createStatement()) {
            Map<Long, Long> harnessBackends = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE usename = '" + HARNESS_ROLE
                    + "'")) {
                while (rs.next()) {
                    long pid = rs.getLong(1);
                    harnessBackends.put(pid, cpuTicks(Path.of("/proc", Long.toString(pid), "stat"), false));
                }
            }
            long statements = -1;
            long evictions = 0;
            Map<Long, QueryCount> queries = new HashMap<>();
            if (statementsCounted) {
                // the entries of dropped databases would otherwise crowd out the current one's
                s.execute("SELECT pg_stat_statements_reset(0, d.dbid, 0) FROM (SELECT DISTINCT dbid FROM "
                        + "pg_stat_statements WHERE dbid NOT IN (SELECT oid FROM pg_database)) d");
                try (ResultSet rs = s.executeQuery("SELECT dealloc FROM pg_stat_statements_info")) {
                    rs.next();
                    evictions = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements "
                        + "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '" + database + "') "
                        + "AND userid <> (SELECT oid FROM pg_roles WHERE rolname = '" + HARNESS_ROLE + "') "
                        + "AND query !~* '" + UTILITY + "'")) {
                    rs.next();
                    statements = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("SELECT queryid, calls, total_exec_time, shared_blks_dirtied, "
                        + "regexp_replace(query, '\\s+', ' ', 'g'), wal_bytes, wal_fpi FROM pg_stat_statements "
                        + "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '" + database + "') "
                        + "AND userid <> (SELECT oid FROM pg_roles WHERE rolname = '" + HARNESS_ROLE + "') "
                        + "AND query !~* '" + UTILITY + "'")) {
                    while (rs.next()) {
                        queries.put(rs.getLong(1), new QueryCount(rs.getString(5), rs.getLong(2), rs.getDouble(3),
                                rs.getLong(4), rs.getLong(6), rs.getLong(7)));
                    }
                }
            }
            long wal;
            try (ResultSet rs = s.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint")) {
                rs.next();
                wal = rs.getLong(1);
            }
            return new Reading(jvm, load, jit, ticksToMillis(postgresTicks()), harnessBackends, statements, evictions,
                    wal, queries);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read PostgreSQL's counters", e);
        }
    }

    /** What happened between two readings, spread over {@code items}. */
    Cost between(Reading before, Reading after, int items) {
        double harness = 0;
        for (Map.Entry<Long, Long> backend : after.harnessBackendTicks().entrySet()) {
            harness += backend.getValue() - before.harnessBackendTicks().getOrDefault(backend.getKey(), 0L);
        }
        double load = after.loadMillis() - before.loadMillis();
        double jit = after.jitMillis() - before.jitMillis();
        return new Cost(items,
                after.jvmMillis() - before.jvmMillis() - load - jit,
                load,
                jit,
                after.postgresMillis() - before.postgresMillis() - ticksToMillis((long) harness),
                // an entry evicted in between would make the difference too small: then it is not given
                statementsCounted && after.evictions() == before.evictions()
                        ? after.statements() - before.statements() : -1,
                after.walBytes() - before.walBytes());
    }

    /** Counters at one moment (CPU in ms). */
    record Reading(double jvmMillis, double loadMillis, double jitMillis, double postgresMillis,
                   Map<Long, Long> harnessBackendTicks, long statements, long evictions, long walBytes,
                   Map<Long, QueryCount> queries) {
    }

    /**
     * One statement's counters in pg_stat_statements: calls, execution time (ms), shared blocks dirtied, WAL bytes
     * and full-page images written to the WAL (the first change of a page after a checkpoint).
     */
    record QueryCount(String query, long calls, double millis, long dirtied, long walBytes, long fullPageImages) {
    }

    /**
     * Where the statements between two readings went: per item, the statements run most often, with their
     * execution time and the blocks they dirtied, most calls first: {@code statements-<name>.tsv}, tab-separated.
     * With {@code -Dbenchmark.profile=true} also the application's CPU samples since {@link #begin}
     * ({@link CpuSamples}: {@code profile-<name>.jfr} and {@code .txt}).
     */
    void writeProfile(String name, Reading before, Reading after, int items) {
        samples.write(profiles, name);
        Path file = profiles.resolve("statements-" + name + ".tsv");
        if (items == 0 || after.queries().isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder(
                "calls/item\tms/item\tdirtied/item\tWAL KB/item\tfull pages/item\tstatement\n");
        after.queries().entrySet().stream()
                .map(entry -> {
                    QueryCount earlier = before.queries().getOrDefault(entry.getKey(),
                            new QueryCount("", 0, 0, 0, 0, 0));
                    QueryCount now = entry.getValue();
                    return new QueryCount(now.query(), now.calls() - earlier.calls(), now.millis() - earlier.millis(),
                            now.dirtied() - earlier.dirtied(), now.walBytes() - earlier.walBytes(),
                            now.fullPageImages() - earlier.fullPageImages());
                })
                .filter(delta -> delta.calls() > 0)
                .sorted((a, b) -> Long.compare(b.calls(), a.calls()))
                .forEach(delta -> out.append(String.format(java.util.Locale.ROOT,
                        "%.2f\t%.3f\t%.2f\t%.2f\t%.2f\t%s%n", delta.calls() / (double) items,
                        delta.millis() / items, delta.dirtied() / (double) items, delta.walBytes() / 1024.0 / items,
                        delta.fullPageImages() / (double) items, delta.query())));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + file, e);
        }
    }

    /** The cost of {@code items} items: CPU in ms, statements, WAL bytes; statements -1 when not counted. */
    record Cost(int items, double appMillis, double loadMillis, double jitMillis, double postgresMillis,
                long statements, long walBytes) {

        double perItem(double total) {
            return items == 0 ? Double.NaN : total / items;
        }

        /**
         * Records the per-item figures as metrics of {@code result}, each named {@code prefix} + figure; the names
         * are the ones {@link BaselineRatios} pairs up.
         */
        void record(ScenarioResult result, String prefix, String item) {
            result.record(prefix + APP_CPU, "ms/" + item, 1, perItem(appMillis));
            result.record(prefix + POSTGRES_CPU, "ms/" + item, 1, perItem(postgresMillis));
            result.record(prefix + MACHINE_CPU, "ms/" + item, 1, perItem(appMillis + postgresMillis));
            if (statements >= 0) {
                result.record(prefix + STATEMENTS, "1/" + item, 0, perItem(statements));
            }
            result.record(prefix + WAL, "KB/" + item, 1, perItem(walBytes / 1024.0));
            result.record(prefix + LOAD_CPU, "ms/" + item, 1, perItem(loadMillis));
            result.record(prefix + JIT_CPU, "ms/" + item, 1, perItem(jitMillis));
        }

        String describe(String item) {
            return String.format("%d %ss: app %.1f + PostgreSQL %.1f ms CPU, %s statements, %.0f KB WAL per %s",
                    items, item, perItem(appMillis), perItem(postgresMillis),
                    statements < 0 ? "–" : String.format("%.0f", perItem(statements)), perItem(walBytes / 1024.0),
                    item);
        }
    }

    static final String APP_CPU = "app CPU";
    static final String POSTGRES_CPU = "PostgreSQL CPU";
    static final String MACHINE_CPU = "machine CPU (app + PostgreSQL)";
    static final String STATEMENTS = "SQL statements";
    static final String WAL = "WAL";
    static final String LOAD_CPU = "load clients' CPU (not counted above)";
    static final String JIT_CPU = "JIT compiler CPU (not counted above)";

    /** PostgreSQL's whole CPU: the postmaster, its live children, and (cutime/cstime) the children that ended. */
    private long postgresTicks() {
        long total = cpuTicks(Path.of("/proc", Long.toString(postmaster), "stat"), true);
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"),
                entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path process : processes) {
                String[] fields = statFields(process.resolve("stat"));
                if (fields != null && Long.parseLong(fields[1]) == postmaster) {
                    total += ticks(fields, true);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read /proc", e);
        }
        return total;
    }

    private static long liveThreadTicks(List<String> namePrefixes) {
        long total = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path thread : threads) {
                Path stat = thread.resolve("stat");
                String text = read(stat);
                if (text == null) {
                    continue;
                }
                String name = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
                if (namePrefixes.stream().anyMatch(name::startsWith)) {
                    total += cpuTicks(stat, false);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read /proc/self/task", e);
        }
        return total;
    }

    /** utime + stime (+ cutime + cstime: children that ended and were waited for) of one /proc stat file. */
    private static long cpuTicks(Path stat, boolean withEndedChildren) {
        String[] fields = statFields(stat);
        return fields == null ? 0 : ticks(fields, withEndedChildren);
    }

    /**
     * The fields after "pid (comm)": index 0 is the state (field 3 of proc(5)), 1 the parent pid, 11/12 utime/stime,
     * 13/14 cutime/cstime. Null if the process is gone.
     */
    private static String[] statFields(Path stat) {
        String text = read(stat);
        if (text == null) {
            return null;
        }
        return text.substring(text.lastIndexOf(')') + 2).trim().split(" ");
    }

    private static long ticks(String[] fields, boolean withEndedChildren) {
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        if (withEndedChildren) {
            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
        return ticks;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            // the process or thread ended between listing and reading
            return null;
        }
    }

    private double ticksToMillis(long ticks) {
        return ticks * 1000.0 / ticksPerSecond;
    }

    private static long postmasterPid(TestPostgres postgres) {
        Path data = postgres.dataDirectory();
        if (data == null) {
            throw new IllegalStateException("The benchmark's server needs a data directory (postmaster.pid)");
        }
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the postmaster's pid", e);
        }
    }

    /** USER_HZ: 100 on Linux unless getconf says otherwise. */
    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    private static HikariDataSource ownerPool(TestPostgres postgres) {
        return postgres.pool("postgres", 1);
    }
}
