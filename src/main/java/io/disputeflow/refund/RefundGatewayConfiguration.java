package io.disputeflow.refund;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the {@link RefundGateway} from {@code disputeflow.refund.gateway}. */
@Configuration(proxyBeanMethods = false)
public class RefundGatewayConfiguration {

    @Bean
    RefundGateway refundGateway(RefundGatewayProperties properties, ObjectMapper objectMapper) {
        return switch (properties.gateway()) {
            case RefundGatewayProperties.LEDGER -> new LedgerRefundGateway();
            case RefundGatewayProperties.HTTP -> {
                if (properties.http().url() == null) {
                    throw new IllegalStateException("disputeflow.refund.gateway=http but disputeflow.refund.http.url"
                            + " is not set: export DISPUTEFLOW_REFUND_HTTP_URL with the provider's refund endpoint,"
                            + " e.g. https://payments.example.com/refunds");
                }
                yield new HttpRefundGateway(properties.http(), objectMapper);
            }
            default -> throw new IllegalStateException("disputeflow.refund.gateway='" + properties.gateway()
                    + "' is unknown: use 'ledger' (default) or 'http'");
        };
    }
}
