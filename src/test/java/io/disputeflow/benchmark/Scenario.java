package io.disputeflow.benchmark;

/** A benchmark scenario: one run per call, each on a fresh database; the values go into its result. */
interface Scenario {

    /** The id options select it by (benchmark.scenarios). */
    String id();

    void runOnce(int run, int runs);
}
