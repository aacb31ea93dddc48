package io.disputeflow.benchmark;

import io.disputeflow.support.TestPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the numbers were measured on: CPU, memory, OS, Java, the database server and its settings. */
final class MachineFacts {

    /** Settings the report shows, as the server reports them. */
    private static final List<String> REPORTED = List.of("server_version", "fsync", "synchronous_commit",
            "full_page_writes", "wal_level", "max_connections", "shared_buffers", "work_mem", "max_wal_size",
            "checkpoint_timeout", "effective_io_concurrency");

    private MachineFacts() {
    }

    static Map<String, String> collect(TestPostgres postgres) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("CPU", cpuModel().orElse("unknown") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores available to the JVM");
        facts.put("RAM", memory());
        facts.put("Load average at start (1 min)", loadAverage());
        facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")");
        facts.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        Map<String, String> settings = postgres.show(REPORTED);
        facts.put("PostgreSQL", settings.get("server_version") + " (embedded, zonky binaries; data directory "
                + postgres.dataDirectory() + ")");
        facts.put("pgbench", PgbenchScenario.version().orElse("not installed"));
        return facts;
    }

    /** Other work on the machine shows here: above the core count, the numbers are noise. */
    static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static Map<String, String> postgresSettings(TestPostgres postgres) {
        Map<String, String> settings = new LinkedHashMap<>(postgres.show(REPORTED));
        settings.remove("server_version");
        return settings;
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return String.format("%.1f GB", os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return "unknown";
    }
}
