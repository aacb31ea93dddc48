package io.disputeflow.process;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The deploy-time guard: the contract of the models shipped in {@code processes/}, checked on every new deployment;
 * expressions may call any bean of the application, as Camunda's Spring expression manager resolves them.
 */
@Configuration
class DeploymentGuardConfiguration {

    @Bean
    DeploymentGuard deploymentGuard(ApplicationContext context) {
        return new DeploymentGuard(ModelContract.shipped(), context::containsBean);
    }

    @Bean
    ResourceConfigCustomizer deploymentRefusals() {
        return config -> config.register(DeploymentRefusalMapper.class);
    }
}
