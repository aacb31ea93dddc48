package io.disputeflow.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.stereotype.Component;

/**
 * Migrates the application's own tables before the process engine starts: the engine creates its tables in
 * the same schema (Flyway would then find a non-empty schema), and jobs due at start-up may already use ours.
 */
@Component
public class EngineStartsAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {

    public EngineStartsAfterFlyway() {
        super(ProcessEngine.class, ProcessEngineFactoryBean.class, FlywayMigrationInitializer.class);
    }
}
