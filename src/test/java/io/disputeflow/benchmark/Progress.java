package io.disputeflow.benchmark;

import java.time.Duration;

/** Progress lines on stdout: elapsed time since the benchmark started, scenario, run and what happens. */
final class Progress {

    private final long started = System.nanoTime();

    void say(String scenario, int run, int runs, String message) {
        say(scenario + " run " + run + "/" + runs + ": " + message);
    }

    void say(String message) {
        System.out.println("[benchmark " + elapsed() + "] " + message);
        System.out.flush();
    }

    String elapsed() {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return String.format("%d:%02d:%02d", elapsed.toHours(), elapsed.toMinutesPart(), elapsed.toSecondsPart());
    }

    Duration elapsedDuration() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
