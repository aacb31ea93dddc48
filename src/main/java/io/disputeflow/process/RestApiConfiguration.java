package io.disputeflow.process;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Additions to Camunda's REST API (/engine-rest). */
@Configuration
class RestApiConfiguration {

    @Bean
    ResourceConfigCustomizer refusalMappers() {
        return config -> config.register(EngineRestRefusalMapper.class).register(EngineConflictMapper.class)
                .register(TaskClaimedMapper.class);
    }
}
