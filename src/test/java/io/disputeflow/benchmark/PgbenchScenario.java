package io.disputeflow.benchmark;

import io.disputeflow.support.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Baseline: what the database server itself does on this machine. pgbench's TPC-B-like transactions (8 clients,
 * 2 threads) on a separate database of the same embedded server, with the same durable-commit settings. If
 * pgbench is not installed the result says so instead of failing.
 */
final class PgbenchScenario implements Scenario {

    static final int CLIENTS = 8;
    static final int THREADS = 2;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private final BenchmarkOptions options;
    private final TestPostgres postgres;
    private final ScenarioResult result;
    private final Progress progress;
    private final Optional<Path> pgbench = find();

    PgbenchScenario(BenchmarkOptions options, TestPostgres postgres, ScenarioResult result, Progress progress) {
        this.options = options;
        this.postgres = postgres;
        this.result = result;
        this.progress = progress;
    }

    @Override
    public String id() {
        return "pgbench";
    }

    /** pgbench on the PATH, else in a Debian/Ubuntu PostgreSQL installation. */
    static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!directory.isBlank()) {
                candidates.add(Path.of(directory, "pgbench"));
            }
        }
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(Path.of("/usr/lib/postgresql"))) {
            versions.forEach(version -> candidates.add(version.resolve("bin/pgbench")));
        } catch (IOException | RuntimeException e) {
            // no server packages installed
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    static Optional<String> version() {
        return find().map(path -> {
            try {
                return run(List.of(path.toString(), "--version"), 30).trim();
            } catch (IOException e) {
                return path + " (version unknown)";
            }
        });
    }

    @Override
    public void runOnce(int run, int runs) {
        if (pgbench.isEmpty()) {
            result.notMeasured("not measured: pgbench not found on PATH or under /usr/lib/postgresql/*/bin; "
                    + "install postgresql-client (e.g. apt-get install postgresql-client)");
            progress.say(id(), run, runs, "pgbench not found: not measured");
            return;
        }
        String database = postgres.createDatabase("pgbench");
        try {
            List<String> connection = List.of("-h", "localhost", "-p", Integer.toString(postgres.port()),
                    "-U", TestPostgres.USER);
            progress.say(id(), run, runs, "pgbench -i -s " + options.pgbenchScale());
            List<String> init = new ArrayList<>(List.of(pgbench.get().toString(), "-i", "-q", "-s",
                    Integer.toString(options.pgbenchScale())));
            init.addAll(connection);
            init.add(database);
            run(init, 600);
            progress.say(id(), run, runs, "pgbench -c " + CLIENTS + " -j " + THREADS + " -T "
                    + options.pgbenchSeconds());
            List<String> bench = new ArrayList<>(List.of(pgbench.get().toString(), "-c", Integer.toString(CLIENTS),
                    "-j", Integer.toString(THREADS), "-T", Integer.toString(options.pgbenchSeconds())));
            bench.addAll(connection);
            bench.add(database);
            String output = run(bench, options.pgbenchSeconds() + 120L);
            double tps = number(TPS, output);
            result.record("TPC-B-like transactions per second", "1/s", 0, tps);
            result.record("latency average", "ms", 2, number(LATENCY, output));
            result.note("pgbench -i -s " + options.pgbenchScale() + "; pgbench -c " + CLIENTS + " -j " + THREADS
                    + " -T " + options.pgbenchSeconds() + " (TPC-B-like, 5 statements per transaction)");
            progress.say(id(), run, runs, String.format("%.0f TPS", tps));
        } catch (IOException e) {
            throw new IllegalStateException("pgbench failed", e);
        } finally {
            postgres.dropDatabase(database);
        }
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench printed no " + pattern + ":\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static String run(List<String> command, long timeoutSeconds) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Timed out: " + command);
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException("Exit " + process.exitValue() + " of " + command + ":\n" + text);
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + command, e);
        }
    }
}
