package io.disputeflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The cache's own rules, on a clock the test moves. */
class AuthenticationCacheTest {

    private static final CamundaUser ANNA = new CamundaUser("anna", List.of("seller-agents"), List.of("store-1"));

    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger checks = new AtomicInteger();

    private AuthenticationCache cache(Duration ttl, int maxEntries) {
        return new AuthenticationCache(new AuthenticationCacheProperties(ttl, maxEntries), clock::get);
    }

    private Supplier<CamundaUser> check(CamundaUser result) {
        return () -> {
            checks.incrementAndGet();
            return result;
        };
    }

    @Test
    void aSuccessfulCheckIsRememberedForTheTtlOnly() {
        AuthenticationCache cache = cache(Duration.ofSeconds(60), 100);

        assertThat(cache.authenticate("anna", "anna", check(ANNA))).isEqualTo(ANNA);
        clock.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(cache.authenticate("anna", "anna", check(null))).isEqualTo(ANNA);
        assertThat(checks).hasValue(1);

        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.authenticate("anna", "anna", check(null))).as("expired, checked again, refused").isNull();
        assertThat(checks).hasValue(2);
    }

    @Test
    void anotherPasswordIsCheckedAndARefusalIsNeverRemembered() {
        AuthenticationCache cache = cache(Duration.ofSeconds(60), 100);
        cache.authenticate("anna", "anna", check(ANNA));

        assertThat(cache.authenticate("anna", "guess", check(null))).isNull();
        assertThat(cache.authenticate("anna", "guess", check(null))).isNull();

        assertThat(checks).hasValue(3);
        assertThat(cache.size()).isOne();
    }

    @Test
    void anIdentityChangeForgetsEverything() {
        AuthenticationCache cache = cache(Duration.ofSeconds(60), 100);
        cache.authenticate("anna", "anna", check(ANNA));

        cache.identityChanged();

        assertThat(cache.size()).isZero();
        assertThat(cache.authenticate("anna", "anna", check(null))).isNull();
    }

    @Test
    void aCheckThatOverlappedAnIdentityChangeIsNotRemembered() {
        AuthenticationCache cache = cache(Duration.ofSeconds(60), 100);

        cache.authenticate("anna", "anna", () -> {
            checks.incrementAndGet();
            cache.identityChanged(); // Admin removes anna from a group while her old groups are being read
            return ANNA;
        });

        assertThat(cache.size()).isZero();
        cache.authenticate("anna", "anna", check(ANNA));
        assertThat(checks).hasValue(2);
    }

    @Test
    void theCacheHoldsAtMostMaxEntries() {
        AuthenticationCache cache = cache(Duration.ofSeconds(60), 3);

        for (int i = 0; i < 10; i++) {
            cache.authenticate("user-" + i, "pw", check(new CamundaUser("user-" + i, List.of(), List.of())));
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aTtlOfZeroChecksEveryTime() {
        AuthenticationCache cache = cache(Duration.ZERO, 100);

        cache.authenticate("anna", "anna", check(ANNA));
        cache.authenticate("anna", "anna", check(ANNA));

        assertThat(checks).hasValue(2);
        assertThat(cache.size()).isZero();
    }
}
