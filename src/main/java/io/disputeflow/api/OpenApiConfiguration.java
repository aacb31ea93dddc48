package io.disputeflow.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}, shown by Swagger UI at {@code /swagger-ui.html}. */
@Configuration
public class OpenApiConfiguration {

    private static final String BASIC = "basicAuth";

    @Bean
    OpenAPI disputeFlowApi() {
        return new OpenAPI()
                .info(new Info().title("DisputeFlow marketplace API").version("1")
                        .description("""
                                Storefronts and buyer apps open and drive after-sales disputes; sellers and \
                                arbitrators work in Camunda Tasklist. Amounts are decimal strings with a currency. \
                                Every refusal is application/problem+json (RFC 9457) naming the fields and the rule \
                                (R1-R19 of RULES.md). State-changing requests accept an Idempotency-Key header."""))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
