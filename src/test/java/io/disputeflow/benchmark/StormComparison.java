package io.disputeflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The storm variants side by side: median time to work off the deadlines, relative to one tuned node. */
final class StormComparison {

    private StormComparison() {
    }

    static Optional<String> paragraph(ScenarioResult storm, ScenarioResult bare, ScenarioResult defaults) {
        List<String[]> rows = new ArrayList<>();
        add(rows, "DisputeFlow, one node, tuned", storm.metric("one node: deadlines due → all refunded"));
        add(rows, "DisputeFlow, two nodes, tuned", storm.metric("two nodes: deadlines due → all refunded"));
        add(rows, "DisputeFlow, one node, Camunda defaults",
                defaults.metric("one node, Camunda defaults: deadlines due → all refunded"));
        add(rows, "bare Camunda, one engine, tuned", bare.metric("bare Camunda: deadlines due → all ended"));
        if (rows.size() < 2) {
            return Optional.empty();
        }
        Metric reference = storm.metric("one node: deadlines due → all refunded");
        StringBuilder text = new StringBuilder("## Storm comparison (medians)\n\n")
                .append("| Variant | Deadlines due → all done (s) | Relative to one tuned node |\n")
                .append("|---|---:|---:|\n");
        for (String[] row : rows) {
            double seconds = Double.parseDouble(row[1]);
            String relative = reference == null ? "–"
                    : String.format(Locale.ROOT, "%.2f×", seconds / reference.median());
            text.append("| ").append(row[0]).append(" | ").append(MarkdownReport.format(seconds, 1)).append(" | ")
                    .append(relative).append(" |\n");
        }
        return Optional.of(text.toString().trim());
    }

    private static void add(List<String[]> rows, String variant, Metric metric) {
        if (metric != null) {
            rows.add(new String[] {variant, Double.toString(metric.median())});
        }
    }
}
