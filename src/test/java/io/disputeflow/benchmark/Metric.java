package io.disputeflow.benchmark;

import java.util.ArrayList;
import java.util.List;

/** One measured quantity of a scenario, one value per run. */
final class Metric {

    private final String name;
    private final String unit;
    private final int decimals;
    private final List<Double> values = new ArrayList<>();

    Metric(String name, String unit, int decimals) {
        this.name = name;
        this.unit = unit;
        this.decimals = decimals;
    }

    void add(double value) {
        values.add(value);
    }

    String name() {
        return name;
    }

    String unit() {
        return unit;
    }

    int decimals() {
        return decimals;
    }

    List<Double> values() {
        return List.copyOf(values);
    }

    double median() {
        return Stats.median(values);
    }
}
