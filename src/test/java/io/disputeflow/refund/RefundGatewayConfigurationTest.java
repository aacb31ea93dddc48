package io.disputeflow.refund;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class RefundGatewayConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Support.class, RefundGatewayConfiguration.class);

    @Test
    void ledgerByDefault() {
        context.run(c -> {
            RefundGateway gateway = c.getBean(RefundGateway.class);
            assertThat(gateway).isInstanceOf(LedgerRefundGateway.class);
            assertThat(gateway.release(new RefundOrder("k-1", "D-1", "O-1", java.math.BigDecimal.TEN, "EUR")))
                    .isEqualTo(new RefundReceipt("ledger:k-1", false));
        });
    }

    @Test
    void httpWhenConfigured() {
        context.withPropertyValues("disputeflow.refund.gateway=http",
                        "disputeflow.refund.http.url=https://payments.example.com/refunds",
                        "disputeflow.refund.http.request-timeout=10s")
                .run(c -> {
                    assertThat(c.getBean(RefundGateway.class)).isInstanceOf(HttpRefundGateway.class);
                    RefundGatewayProperties.Http http = c.getBean(RefundGatewayProperties.class).http();
                    assertThat(http.connectTimeout()).hasSeconds(2);
                    assertThat(http.requestTimeout()).hasSeconds(10);
                });
    }

    @Test
    void httpWithoutUrlFailsAtStartup() {
        context.withPropertyValues("disputeflow.refund.gateway=http")
                .run(c -> assertThat(c).hasFailed().getFailure()
                        .hasStackTraceContaining("disputeflow.refund.http.url is not set"));
    }

    @Test
    void unknownGatewayFailsAtStartup() {
        context.withPropertyValues("disputeflow.refund.gateway=stripe")
                .run(c -> assertThat(c).hasFailed().getFailure()
                        .hasStackTraceContaining("'stripe' is unknown"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RefundGatewayProperties.class)
    static class Support {
        @Bean
        ObjectMapper objectMapper() {
            return new ObjectMapper();
        }
    }
}
