package io.disputeflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: C client threads each repeat one operation back to back for a warm-up and then a measured
 * window. An operation counts when it completes inside the window (throughput) and, if it also started inside,
 * gives a latency sample. Operations still running at the end are awaited, not counted in the throughput, but in
 * {@link Outcome#succeeded()}: the items whose cost the window's readings include. The client threads are named
 * {@code bench-client-*} so that {@link CostMeter} can tell their CPU from the application's.
 */
final class LoadClients {

    /** One operation of a client; returns normally when it succeeded. */
    interface Operation {
        void run(int client, long sequence) throws Exception;
    }

    /** What a measured window gave. */
    record Outcome(int completed, int failed, double seconds, List<Double> latenciesMillis, String firstFailure,
                   long measuredFromNanos, int succeeded) {

        double throughput() {
            return completed / seconds;
        }
    }

    private LoadClients() {
    }

    /** A warm-up on its own (JIT, pools, caches), before a measured window whose cost is read apart from it. */
    static Outcome warmUp(int clients, int seconds, Operation operation) {
        return run(clients, seconds, 0, operation);
    }

    static Outcome run(int clients, int warmupSeconds, int measuredSeconds, Operation operation) {
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long measureEnd = warmupEnd + measuredSeconds * 1_000_000_000L;
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger succeeded = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        List<List<Double>> latencies = new ArrayList<>();
        AtomicInteger names = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(clients,
                work -> new Thread(() -> {
                    try {
                        work.run();
                    } finally {
                        CostMeter.loadThreadEnded();
                    }
                }, "bench-client-" + names.incrementAndGet()));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                List<Double> mine = new ArrayList<>();
                latencies.add(mine);
                running.add(threads.submit(() -> {
                    long sequence = 0;
                    while (System.nanoTime() < measureEnd) {
                        long start = System.nanoTime();
                        try {
                            operation.run(client, sequence++);
                        } catch (Exception e) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, e.toString());
                            continue;
                        }
                        long end = System.nanoTime();
                        succeeded.incrementAndGet();
                        if (end >= warmupEnd && end <= measureEnd) {
                            completed.incrementAndGet();
                            if (start >= warmupEnd) {
                                mine.add((end - start) / 1e6);
                            }
                        }
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Load clients failed", e);
        } finally {
            threads.shutdownNow();
        }
        List<Double> all = latencies.stream().flatMap(List::stream).toList();
        return new Outcome(completed.get(), failed.get(), measuredSeconds, all, firstFailure.get(), warmupEnd,
                succeeded.get());
    }
}
