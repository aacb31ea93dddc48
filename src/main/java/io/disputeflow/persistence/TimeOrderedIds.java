package io.disputeflow.persistence;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.security.SecureRandom;
import java.util.Random;
import java.util.SplittableRandom;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine's ids as time-ordered UUIDs (version 7: the creation millisecond first, then random bits), selected by
 * {@code camunda.bpm.id-generator: time-ordered}. Camunda's default for Spring Boot ("strong", version 1 UUIDs) starts
 * its text with the fast-changing low bits of the clock, so every row of every table lands on a random page of its
 * primary-key and id indexes: PostgreSQL then writes a full image of most pages it touches after each checkpoint and
 * keeps all index pages hot. Time-ordered ids append at the end of each index. They stay unique across nodes
 * without coordination (74 random bits per millisecond), like the default, and fit Camunda's 64-character id columns.
 * The random bits come from a generator per thread seeded once from {@link SecureRandom}: drawing them from
 * {@code SecureRandom} itself (a lock and SHA-1 mixing per draw) was 2.5% of the application's CPU at intake.
 */
@Component
@ConditionalOnProperty(prefix = "camunda.bpm", name = "id-generator", havingValue = TimeOrderedIds.NAME)
public class TimeOrderedIds implements IdGenerator {

    public static final String NAME = "time-ordered";

    private final TimeBasedEpochGenerator uuids = Generators.timeBasedEpochGenerator(new SeededPerThread());

    @Override
    public String getNextId() {
        return uuids.generate().toString();
    }

    /** Random bits from a {@link SplittableRandom} per thread, each seeded with 64 bits from {@link SecureRandom}. */
    static final class SeededPerThread extends Random {

        private static final SecureRandom SEEDS = new SecureRandom();

        private final transient ThreadLocal<SplittableRandom> perThread =
                ThreadLocal.withInitial(() -> new SplittableRandom(SEEDS.nextLong()));

        @Override
        protected int next(int bits) {
            return perThread.get().nextInt() >>> (Integer.SIZE - bits);
        }

        @Override
        public void nextBytes(byte[] bytes) {
            perThread.get().nextBytes(bytes);
        }
    }
}
