package io.disputeflow.benchmark;

import java.util.Locale;
import java.util.function.DoublePredicate;

/**
 * The goals of issue #18 against this run's medians: met, not met, or not measured (scenario not run). The goals
 * are set for the full run (storm of 10,000, 8 intake clients); a smaller run says how far it is, not whether.
 */
final class Goals {

    private final StringBuilder text = new StringBuilder("## Goals of issue #18 (this run's medians)\n\n")
            .append("| Goal | This run | Status |\n|---|---:|---|\n");

    private Goals() {
    }

    static String paragraph(ScenarioResult intake, ScenarioResult restStart, ScenarioResult lifecycle,
                            ScenarioResult storm, ScenarioResult bare, BenchmarkOptions options) {
        int stormSize = options.stormSize();
        Goals goals = new Goals();
        String eight = IntakeScenario.level(8) + ": ";
        Metric opened = intake.metric(eight + IntakeScenario.Entry.API.throughputMetric());
        Metric started = restStart.metric(eight + IntakeScenario.Entry.REST_START.throughputMetric());
        goals.ratio("intake through /api ≥ 0.8× Camunda's REST start, 8 clients", opened, started, r -> r >= 0.8);
        goals.value("intake p99 ≤ 100 ms, 8 clients", intake.metric(eight + "latency p99"), " ms", v -> v <= 100);
        goals.value("≤ 20 ms machine CPU per opened dispute, asynchronous steps included (8 clients)",
                intake.metric(eight + CostMeter.MACHINE_CPU), " ms", v -> v <= 20);
        String n = stormSize == 10_000 ? "" : " (this run: N = " + stormSize + ")";
        goals.ratio("storm of 10,000 ≥ 0.8× bare Camunda with the same indexes" + n,
                storm.metric("one node: refunds paid per second"),
                bare.metric("bare Camunda: instances ended per second"),
                r -> r >= 0.8);
        goals.value("storm ≤ 12 ms machine CPU per item" + n, storm.metric("one node: " + CostMeter.MACHINE_CPU),
                " ms", v -> v <= 12);
        Metric lifecycleRate = lifecycle.metric("complete disputes per second");
        goals.value("lifecycle ≥ 3× 17.9 = 53.7 complete disputes per second", lifecycleRate, "/s",
                v -> v >= 3 * BaselineRatios.HISTORICAL_LIFECYCLE);
        goals.text.append("| no goal met by weakening a guarantee | storms: each deadline fired once, each refund paid "
                + "once (checked every run) | the exactly-once and crash drill tests are not part of the benchmark "
                + "|\n");
        goals.warmUp(lifecycle, options);
        return goals.text.toString().trim();
    }

    /**
     * How warm the nodes were: a node compiles its hot code for minutes under load, and until it has, the JIT compiler
     * takes CPU from both cores and the application runs slower code (docs/BENCHMARKS.md, session 19).
     */
    private void warmUp(ScenarioResult lifecycle, BenchmarkOptions options) {
        text.append("\nEach run's node ran its scenario for ").append(options.warmupSeconds())
                .append(" s before the measured window (`benchmark.warmup.seconds`), after ")
                .append(options.jvmWarmupSeconds()).append(" s of JVM warm-up");
        Metric jit = lifecycle.metric(CostMeter.JIT_CPU);
        Metric machine = lifecycle.metric(CostMeter.MACHINE_CPU);
        if (jit != null && machine != null) {
            text.append(String.format(Locale.ROOT, "; in the lifecycle's window the JIT compiler took "
                            + "%.1f ms of CPU per complete dispute (%.0f%% on top of the application's and PostgreSQL's "
                            + "%.1f ms). A node under this load settles after about 5 minutes (0–2 ms of JIT per "
                            + "dispute): `-Dbenchmark.warmup.seconds=300` measures that steady state",
                    jit.median(), 100 * jit.median() / machine.median(), machine.median()));
        }
        text.append(".\n");
    }

    private void ratio(String goal, Metric ours, Metric baseline, DoublePredicate met) {
        if (ours == null || baseline == null) {
            row(goal, "–", "not measured");
            return;
        }
        double ratio = Stats.median(BaselineRatios.ratioOf(ours.values(), baseline.values()));
        row(goal, BaselineRatios.ratio(ratio), met.test(ratio) ? "met" : "not met");
    }

    private void value(String goal, Metric metric, String unit, DoublePredicate met) {
        if (metric == null) {
            row(goal, "–", "not measured");
            return;
        }
        double median = metric.median();
        row(goal, MarkdownReport.format(median, metric.decimals()) + unit, met.test(median) ? "met" : "not met");
    }

    private void row(String goal, String value, String status) {
        text.append("| ").append(goal).append(" | ").append(value).append(" | ").append(status).append(" |\n");
    }
}
