package io.disputeflow.benchmark;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's report: machine facts, settings, then one table per scenario (median, min, max over runs). */
final class MarkdownReport {

    private final StringBuilder text = new StringBuilder();

    MarkdownReport(ZonedDateTime started, String duration, Map<String, String> options, Map<String, String> machine,
                   Map<String, String> postgresSettings) {
        line("# DisputeFlow benchmark, " + started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line();
        line("Command: `./mvnw -Pbenchmark verify` with the options below. Took " + duration + ".");
        line("Each run of a scenario uses a fresh database; runs of all scenarios are interleaved (run 1 of each, "
                + "then run 2, ...). Median, min and max are over the runs.");
        line();
        line("## Machine");
        line();
        table(machine);
        line("## PostgreSQL settings");
        line();
        table(postgresSettings);
        line("## Options");
        line();
        table(options);
    }

    void section(String heading, ScenarioResult result) {
        line("## " + heading);
        line();
        line(result.method());
        line();
        if (result.unmeasured() != null) {
            line("**" + result.unmeasured() + "**");
            line();
            return;
        }
        line("| Metric | Median | Min | Max | Spread | Runs | Unit |");
        line("|---|---:|---:|---:|---:|---:|---|");
        for (Metric metric : result.metrics()) {
            List<Double> values = metric.values();
            double median = Stats.median(values);
            double spread = median == 0 ? 0 : 100 * (Stats.max(values) - Stats.min(values)) / Math.abs(median);
            line("| " + metric.name() + " | " + format(median, metric.decimals()) + " | "
                    + format(Stats.min(values), metric.decimals()) + " | "
                    + format(Stats.max(values), metric.decimals()) + " | "
                    + (values.size() < 2 ? "–" : String.format(Locale.ROOT, "%.0f %%", spread)) + " | "
                    + values.size() + " | " + metric.unit() + " |");
        }
        line();
        for (String note : result.notes()) {
            line("- " + note);
        }
        if (!result.notes().isEmpty()) {
            line();
        }
    }

    /** Free text, e.g. the comparison of storm variants. */
    void paragraph(String paragraph) {
        line(paragraph);
        line();
    }

    String text() {
        return text.toString();
    }

    static String format(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private void table(Map<String, String> rows) {
        line("| | |");
        line("|---|---|");
        rows.forEach((name, value) -> line("| " + name + " | " + value + " |"));
        line();
    }

    private void line(String line) {
        text.append(line).append('\n');
    }

    private void line() {
        text.append('\n');
    }
}
