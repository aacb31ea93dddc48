package io.disputeflow.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a successful HTTP Basic check is remembered ({@code ttl}; zero turns the cache off) and for how many
 * credentials at most. A change through the engine (Camunda Admin, {@code /engine-rest}, the identity service) forgets
 * every entry at once on this node; the TTL bounds how long another node may still accept the old state.
 */
@ConfigurationProperties("disputeflow.security.authentication-cache")
public record AuthenticationCacheProperties(Duration ttl, Integer maxEntries) {

    public AuthenticationCacheProperties {
        ttl = ttl == null ? Duration.ofSeconds(60) : ttl;
        maxEntries = maxEntries == null ? 10_000 : maxEntries;
        if (ttl.isNegative() || maxEntries < 1) {
            throw new IllegalArgumentException("authentication-cache: ttl must not be negative and max-entries >= 1");
        }
    }
}
