package io.disputeflow.refund;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which payment provider pays refunds: {@code ledger} (default; escrow released inside the platform) or
 * {@code http} (an external provider at {@code disputeflow.refund.http.url}).
 */
@ConfigurationProperties("disputeflow.refund")
public record RefundGatewayProperties(String gateway, Http http) {

    public static final String LEDGER = "ledger";
    public static final String HTTP = "http";

    public RefundGatewayProperties {
        gateway = gateway == null || gateway.isBlank() ? LEDGER : gateway.trim().toLowerCase();
        http = http == null ? new Http(null, null, null, null) : http;
    }

    public record Http(URI url, Duration connectTimeout, Duration requestTimeout, String token) {

        public Http {
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
            requestTimeout = requestTimeout == null ? Duration.ofSeconds(5) : requestTimeout;
            token = token == null || token.isBlank() ? null : token;
        }

        @Override
        public String toString() {
            return "Http[url=" + url + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                    + ", token=" + (token == null ? "none" : "***") + "]";
        }
    }
}
