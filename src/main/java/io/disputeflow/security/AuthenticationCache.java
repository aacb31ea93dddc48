package io.disputeflow.security;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Successful HTTP Basic checks (password, groups, tenants) remembered for a short time, so that a client's requests do
 * not each cost three identity-service transactions. Entries are keyed by a salted SHA-256 of user and password (the
 * password itself is never kept; the salt is random per process) and are all forgotten when the engine changes a user,
 * group, tenant or membership ({@link IdentityChangesPlugin}). Failed checks are never remembered, so wrong passwords
 * still count towards Camunda's lockout.
 */
@Component
public class AuthenticationCache implements MeterBinder {

    private record Entry(CamundaUser user, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on every identity change, so a check that overlapped a change is not remembered with the old state. */
    private final AtomicLong generation = new AtomicLong();
    private final byte[] salt = new byte[32];
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    private final LongAdder remembered = new LongAdder();
    private final LongAdder checked = new LongAdder();

    @Autowired
    public AuthenticationCache(AuthenticationCacheProperties properties) {
        this(properties, System::nanoTime);
    }

    AuthenticationCache(AuthenticationCacheProperties properties, LongSupplier nanoTime) {
        this.ttlNanos = properties.ttl().toNanos();
        this.maxEntries = properties.maxEntries();
        this.nanoTime = nanoTime;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        String description = "HTTP Basic authentications, answered from the cache or checked with the identity service";
        FunctionCounter.builder("disputeflow.authentications", remembered, LongAdder::sum).tag("source", "cache")
                .description(description).register(registry);
        FunctionCounter.builder("disputeflow.authentications", checked, LongAdder::sum).tag("source", "identity-service")
                .description(description).register(registry);
    }

    /**
     * The user these credentials authenticate: remembered, or from {@code check} (null when refused, which is not
     * remembered).
     */
    public CamundaUser authenticate(String userId, String password, Supplier<CamundaUser> check) {
        if (ttlNanos == 0) {
            checked.increment();
            return check.get();
        }
        String key = keyOf(userId, password);
        long now = nanoTime.getAsLong();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            remembered.increment();
            return entry.user();
        }
        long seen = generation.get();
        checked.increment();
        CamundaUser user = check.get();
        if (user != null) {
            remember(key, new Entry(user, nanoTime.getAsLong() + ttlNanos), seen);
        }
        return user;
    }

    private synchronized void remember(String key, Entry entry, long seen) {
        if (generation.get() != seen) {
            return;
        }
        if (entries.size() >= maxEntries) {
            long now = nanoTime.getAsLong();
            entries.values().removeIf(old -> now - old.expiresAt() >= 0);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, entry);
    }

    /** Forgets every remembered check: a user, group, tenant, membership or password changed or is changing. */
    public synchronized void identityChanged() {
        generation.incrementAndGet();
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    long checks() {
        return checked.sum();
    }

    long answeredFromCache() {
        return remembered.sum();
    }

    private String keyOf(String userId, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            sha256.update(userId.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
        }
    }
}
