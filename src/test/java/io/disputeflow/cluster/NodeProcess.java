package io.disputeflow.cluster;

import io.disputeflow.support.TestPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs {@link CrashDrillNode} as a child JVM on the test's classpath against a database of {@link TestPostgres};
 * its output goes to {@code <drill folder>/<name>.log}.
 */
final class NodeProcess {

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final String name;
    private final Path log;
    private final Path folder;

    private NodeProcess(Process process, int port, String name, Path log, Path folder) {
        this.process = process;
        this.folder = folder;
        this.port = port;
        this.name = name;
        this.log = log;
    }

    static Path clockFile(Path folder) {
        return folder.resolve("clock-offset-millis");
    }

    /** Camunda's clock of the node runs {@code offset} ahead of real time, now and after a restart. */
    static void setClockOffset(Path folder, Duration offset) {
        try {
            Path next = folder.resolve("clock-offset-millis.next");
            Files.writeString(next, Long.toString(offset.toMillis()));
            Files.move(next, clockFile(folder), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path appliedClockFile(Path folder, String nodeName) {
        return folder.resolve(nodeName + ".clock");
    }

    /** Moves the running node's clock to {@code offset} ahead of real time and waits until it has. */
    void moveClock(Duration offset) {
        setClockOffset(folder, offset);
        Path applied = appliedClockFile(folder, name);
        Instant giveUp = Instant.now().plusSeconds(30);
        while (!Long.toString(offset.toMillis()).equals(read(applied))) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Node " + name + " did not move its clock, see " + log);
            }
            pause(Duration.ofMillis(50));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return null;
        }
    }

    static NodeProcess start(Path folder, String name, String databaseUrl, boolean setUp) throws IOException {
        Path readyMarker = folder.resolve(name + ".ready");
        Files.deleteIfExists(readyMarker);
        int port = freePort();
        Path log = folder.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = classpath();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Ddrill.folder=" + folder.toAbsolutePath(), "-Ddrill.name=" + name, "-Ddrill.setup=" + setUp,
                "-cp", classpath, CrashDrillNode.class.getName(),
                "--server.port=" + port,
                "--spring.profiles.active=postgres",
                "--logging.level.root=WARN",
                "--logging.level.io.disputeflow=INFO",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.max-wait=2000",
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=10",
                "--disputeflow.evidence.directory=" + folder.resolve("evidence").toAbsolutePath()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("DB_URL", databaseUrl);
        env.put("DB_USER", TestPostgres.USER);
        env.put("DB_PASSWORD", "");
        env.put("DISPUTEFLOW_ADMIN_USER", "admin");
        env.put("DISPUTEFLOW_ADMIN_PASSWORD", "crash-admin-secret");
        NodeProcess node = new NodeProcess(builder.start(), port, name, log, folder);
        node.awaitReady(readyMarker.toFile());
        return node;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no graceful stop, open transactions die with the connections. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean alive() {
        return process.isAlive();
    }

    private void awaitReady(File readyMarker) {
        Instant giveUp = Instant.now().plus(START_PATIENCE);
        while (!readyMarker.exists()) {
            if (!process.isAlive()) {
                throw new AssertionError("Node " + name + " exited with " + process.exitValue() + ", see " + log);
            }
            if (Instant.now().isAfter(giveUp)) {
                process.destroyForcibly();
                throw new AssertionError("Node " + name + " not ready within " + START_PATIENCE + ", see " + log);
            }
            pause(Duration.ofMillis(200));
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The test classpath, each entry once: a repeated entry would deploy the process models twice. */
    private static String classpath() {
        String entries = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator,
                new LinkedHashSet<>(Arrays.asList(entries.split(Pattern.quote(File.pathSeparator)))));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
