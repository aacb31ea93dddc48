package io.disputeflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Ids stay unique across threads and nodes with the per-thread random bits, and no id of a thread carries an earlier
 * millisecond than the one before it.
 */
class TimeOrderedIdsTest {

    private static final int THREADS = 4;
    private static final int IDS_PER_THREAD = 50_000;

    @Test
    void twoNodesWithFourThreadsEach_drawNoIdTwice_andEachThreadsMillisecondsAscend() throws Exception {
        List<TimeOrderedIds> nodes = List.of(new TimeOrderedIds(), new TimeOrderedIds());
        Set<String> all = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS * nodes.size());
        try {
            List<Future<Boolean>> ascending = new ArrayList<>();
            for (TimeOrderedIds node : nodes) {
                for (int t = 0; t < THREADS; t++) {
                    ascending.add(threads.submit(() -> {
                        String previous = "";
                        boolean ordered = true;
                        for (int i = 0; i < IDS_PER_THREAD; i++) {
                            String id = node.getNextId();
                            ordered &= millisecond(id).compareTo(millisecond(previous)) >= 0;
                            previous = id;
                            all.add(id);
                        }
                        return ordered;
                    }));
                }
            }
            for (Future<Boolean> thread : ascending) {
                assertThat(thread.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(all).hasSize(nodes.size() * THREADS * IDS_PER_THREAD);
    }

    /** The id's first 48 bits, in its text the first 13 characters: the millisecond it was drawn in. */
    private static String millisecond(String id) {
        return id.isEmpty() ? id : id.substring(0, 13);
    }

    @Test
    void theRandomBitsDifferFromThreadToThread() throws Exception {
        TimeOrderedIds.SeededPerThread random = new TimeOrderedIds.SeededPerThread();
        Set<Long> firstDraws = new HashSet<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                synchronized (firstDraws) {
                    firstDraws.add(random.nextLong());
                }
            });
            thread.start();
            thread.join();
        }
        assertThat(firstDraws).hasSize(8);
    }
}
