package io.disputeflow.process;

import java.util.List;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Additions to Camunda's REST API (/engine-rest). */
@Configuration
class RestApiConfiguration {

    /** What turns the engine's refusals into answers in words, on /engine-rest and on the webapps' own path. */
    static final List<Class<?>> REFUSAL_MAPPERS = List.of(EngineRestRefusalMapper.class, EngineConflictMapper.class,
            TaskClaimedMapper.class);

    @Bean
    ResourceConfigCustomizer refusalMappers() {
        return config -> REFUSAL_MAPPERS.forEach(config::register);
    }
}
