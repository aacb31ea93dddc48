package io.disputeflow.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's options, read from system properties ({@code -Dbenchmark.*}); an empty value means the default.
 * Quick mode shrinks every size for a smoke check of the harness; explicit options still win over it.
 */
record BenchmarkOptions(
        boolean quick,
        int runs,
        Set<String> scenarios,
        List<Integer> intakeClients,
        List<Integer> restStartClients,
        int warmupSeconds,
        int intakeSeconds,
        int lifecycleClients,
        int lifecycleSeconds,
        int lifecycleOpen,
        int deskClients,
        int stormSize,
        int pgbenchSeconds,
        int pgbenchScale,
        int jvmWarmupSeconds,
        Path output) {

    static final List<String> ALL_SCENARIOS = List.of(
            "intake", "rest-start", "lifecycle", "lifecycle-open", "desk", "answers", "storm", "storm-two-nodes",
            "bare", "bare-shaped", "storm-defaults",
            "pgbench");

    static BenchmarkOptions fromSystemProperties() {
        boolean quick = Boolean.parseBoolean(property("benchmark.quick", "false"));
        String scenarios = property("benchmark.scenarios", String.join(",", ALL_SCENARIOS));
        Set<String> selected = new java.util.LinkedHashSet<>();
        for (String scenario : scenarios.split(",")) {
            String id = scenario.trim();
            if (id.isEmpty()) {
                continue;
            }
            if (!ALL_SCENARIOS.contains(id)) {
                throw new IllegalArgumentException("Unknown scenario '" + id + "' in benchmark.scenarios; known: "
                        + String.join(",", ALL_SCENARIOS));
            }
            selected.add(id);
        }
        return new BenchmarkOptions(
                quick,
                integer("benchmark.runs", quick ? 1 : 3),
                Set.copyOf(selected),
                integers("benchmark.intake.clients", "1,8,32"),
                integers("benchmark.reststart.clients", "8"),
                integer("benchmark.warmup.seconds", quick ? 2 : 5),
                integer("benchmark.intake.seconds", quick ? 4 : 20),
                integer("benchmark.lifecycle.clients", 8),
                integer("benchmark.lifecycle.seconds", quick ? 15 : 30),
                integer("benchmark.lifecycle.open", quick ? 600 : 5_000),
                integer("benchmark.desk.clients", 4),
                integer("benchmark.storm.size", quick ? 200 : 10_000),
                integer("benchmark.pgbench.seconds", quick ? 5 : 20),
                integer("benchmark.pgbench.scale", quick ? 1 : 10),
                integer("benchmark.jvm.warmup.seconds", quick ? 0 : 20),
                Path.of(property("benchmark.output", "target/benchmark")));
    }

    /**
     * The options of the JVM's warm-up before the runs: each HTTP scenario once, {@code jvmWarmupSeconds} long,
     * 8 clients, not measured.
     */
    BenchmarkOptions forJvmWarmUp() {
        return new BenchmarkOptions(quick, 1, scenarios, List.of(8), List.of(8), 2, jvmWarmupSeconds, 8,
                jvmWarmupSeconds, lifecycleOpen, deskClients, stormSize, pgbenchSeconds, pgbenchScale, 0, output);
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    /** The options as the report lists them. */
    Map<String, String> describe() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("benchmark.quick", Boolean.toString(quick));
        options.put("benchmark.runs", Integer.toString(runs));
        options.put("benchmark.scenarios", String.join(",", ALL_SCENARIOS.stream().filter(scenarios::contains)
                .toList()));
        options.put("benchmark.intake.clients", String.join(",", intakeClients.stream().map(String::valueOf)
                .toList()));
        options.put("benchmark.reststart.clients", String.join(",", restStartClients.stream()
                .map(String::valueOf).toList()));
        options.put("benchmark.warmup.seconds", Integer.toString(warmupSeconds));
        options.put("benchmark.intake.seconds", Integer.toString(intakeSeconds));
        options.put("benchmark.lifecycle.clients", Integer.toString(lifecycleClients));
        options.put("benchmark.lifecycle.seconds", Integer.toString(lifecycleSeconds));
        options.put("benchmark.lifecycle.open", Integer.toString(lifecycleOpen));
        options.put("benchmark.desk.clients", Integer.toString(deskClients));
        options.put("benchmark.storm.size", Integer.toString(stormSize));
        options.put("benchmark.pgbench.seconds", Integer.toString(pgbenchSeconds));
        options.put("benchmark.pgbench.scale", Integer.toString(pgbenchScale));
        options.put("benchmark.jvm.warmup.seconds", Integer.toString(jvmWarmupSeconds));
        // a sampled run's CPU figures include the sampling's own
        options.put(CpuSamples.OPTION, Boolean.toString(Boolean.getBoolean(CpuSamples.OPTION)));
        return options;
    }

    private static List<Integer> integers(String name, String fallback) {
        return Arrays.stream(property(name, fallback).split(",")).map(String::trim).map(Integer::parseInt).toList();
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(property(name, Integer.toString(fallback)));
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
