package io.disputeflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every figure of DisputeFlow next to its baseline as a ratio (DisputeFlow ÷ baseline): intake through /api against
 * Camunda's own REST start at the same concurrency, the storms against bare Camunda with the same indexes, the
 * lifecycle against the historical figure of issue #18. Runs are interleaved, so run i of a scenario is paired with
 * run i of its baseline; the ratio's median, min and max are over those pairs.
 */
final class BaselineRatios {

    /** Complete disputes per second of the lifecycle before issue #18 (benchmark of 2026-11-23, 8 clients). */
    static final double HISTORICAL_LIFECYCLE = 17.9;
    static final List<String> COST_FIGURES = List.of(CostMeter.APP_CPU, CostMeter.POSTGRES_CPU,
            CostMeter.MACHINE_CPU, CostMeter.STATEMENTS, CostMeter.WAL);
    private static final List<String> STORM_VARIANTS = List.of("one node", "two nodes", "one node, Camunda defaults");

    private final List<String> rows = new ArrayList<>();

    private BaselineRatios() {
    }

    static Optional<String> paragraph(ScenarioResult intake, ScenarioResult restStart, List<Integer> levels,
                                      ScenarioResult lifecycle, List<ScenarioResult> storms, ScenarioResult bare) {
        BaselineRatios ratios = new BaselineRatios();
        for (int clients : levels) {
            String level = IntakeScenario.level(clients) + ": ";
            ratios.pair("Intake vs REST start, " + level + "opened per second",
                    intake.metric(level + IntakeScenario.Entry.API.throughputMetric()),
                    restStart.metric(level + IntakeScenario.Entry.REST_START.throughputMetric()));
            for (String figure : List.of("latency p50", "latency p99")) {
                ratios.pair("Intake vs REST start, " + level + figure, intake.metric(level + figure),
                        restStart.metric(level + figure));
            }
            for (String figure : COST_FIGURES) {
                ratios.pair("Intake vs REST start, " + level + figure + " per item", intake.metric(level + figure),
                        restStart.metric(level + figure));
            }
        }
        Metric lifecycleRate = lifecycle.metric("complete disputes per second");
        if (lifecycleRate != null) {
            ratios.row("Lifecycle vs 17.9/s (historical, issue #18), complete disputes per second", lifecycleRate,
                    MarkdownReport.format(HISTORICAL_LIFECYCLE, 2), ratioOf(lifecycleRate.values(),
                            List.of(HISTORICAL_LIFECYCLE)));
        }
        for (String variant : STORM_VARIANTS) {
            String prefix = variant + ": ";
            ScenarioResult storm = storms.stream().filter(r -> r.metric(prefix + CostMeter.APP_CPU) != null
                    || r.metric(prefix + "refunds paid per second") != null).findFirst().orElse(null);
            if (storm == null) {
                continue;
            }
            String label = "Storm (" + variant + ") vs bare Camunda, ";
            ratios.pair(label + "items done per second", storm.metric(prefix + "refunds paid per second"),
                    bare.metric("bare Camunda: instances ended per second"));
            ratios.pair(label + "seconds until all done", storm.metric(prefix + "deadlines due → all refunded"),
                    bare.metric("bare Camunda: deadlines due → all ended"));
            for (String figure : COST_FIGURES) {
                ratios.pair(label + figure + " per item", storm.metric(prefix + figure),
                        bare.metric("bare Camunda: " + figure));
            }
        }
        if (ratios.rows.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("## Ratios to the baselines (DisputeFlow ÷ baseline)\n\n")
                .append("Above 1: DisputeFlow's figure is larger — better for a rate, worse for a latency or a ")
                .append("cost. ")
                .append("Medians of the scenarios; the ratio's median, min and max are over runs paired by number.\n\n")
                .append("| Figure | DisputeFlow | Baseline | Ratio | Ratio min–max |\n")
                .append("|---|---:|---:|---:|---:|\n");
        ratios.rows.forEach(row -> text.append(row).append('\n'));
        return Optional.of(text.toString().trim());
    }

    private void pair(String label, Metric ours, Metric baseline) {
        if (ours == null || baseline == null) {
            return;
        }
        row(label + " (" + ours.unit() + ")", ours, MarkdownReport.format(baseline.median(), ours.decimals()),
                ratioOf(ours.values(), baseline.values()));
    }

    private void row(String label, Metric ours, String baseline, List<Double> ratios) {
        rows.add("| " + label + " | " + MarkdownReport.format(ours.median(), ours.decimals()) + " | " + baseline
                + " | " + ratio(Stats.median(ratios)) + " | "
                + (ratios.size() < 2 ? "–" : ratio(Stats.min(ratios)) + "–" + ratio(Stats.max(ratios))) + " |");
    }

    /** Per pair of runs when both have as many runs (or the baseline is one figure), else of the medians. */
    static List<Double> ratioOf(List<Double> ours, List<Double> baseline) {
        List<Double> ratios = new ArrayList<>();
        if (baseline.size() == 1 || ours.size() == baseline.size()) {
            for (int i = 0; i < ours.size(); i++) {
                ratios.add(ours.get(i) / baseline.get(baseline.size() == 1 ? 0 : i));
            }
        } else {
            ratios.add(Stats.median(ours) / Stats.median(baseline));
        }
        return ratios;
    }

    static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, "%.2f×", value);
    }
}
