package io.disputeflow.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a scenario measured over its runs, with the notes a reader needs to interpret it. */
final class ScenarioResult {

    private final String title;
    private final String method;
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private String unmeasured;

    ScenarioResult(String title, String method) {
        this.title = title;
        this.method = method;
    }

    /** Records a run's value of a metric; metrics appear in the table in the order first recorded. */
    void record(String metric, String unit, int decimals, double value) {
        metrics.computeIfAbsent(metric, name -> new Metric(name, unit, decimals)).add(value);
    }

    /** A note printed under the table once (repeated notes are kept once). */
    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    void notMeasured(String reason) {
        unmeasured = reason;
    }

    String title() {
        return title;
    }

    String method() {
        return method;
    }

    Collection<Metric> metrics() {
        return metrics.values();
    }

    Metric metric(String name) {
        return metrics.get(name);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    String unmeasured() {
        return unmeasured;
    }
}
