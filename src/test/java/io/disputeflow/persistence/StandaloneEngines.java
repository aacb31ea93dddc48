package io.disputeflow.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.support.TestPostgres;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Standalone engines of their own, for tests that count what the engine reads: each on a new database of the shared
 * test PostgreSQL, history full with the removal time strategy "start" (as the application), no job executor.
 */
final class StandaloneEngines {

    private StandaloneEngines() {
    }

    /** A connection pool on a new database {@code database}. */
    static HikariDataSource pool(String database) {
        TestPostgres postgres = TestPostgres.shared();
        return postgres.pool(postgres.createDatabase(database), 2);
    }

    /** The configuration of engine {@code name} on {@code pool}, to be completed and built by the test. */
    static ProcessEngineConfigurationImpl configuration(String name, HikariDataSource pool) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setDataSource(pool);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
        configuration.setJobExecutorActivate(false);
        return configuration;
    }

    /** Runs {@code step} once the engine has set up its own managers (where a test replaces some). */
    static void afterInit(ProcessEngineConfigurationImpl configuration,
                          Consumer<ProcessEngineConfigurationImpl> step) {
        configuration.getProcessEnginePlugins().add(new AbstractProcessEnginePlugin() {
            @Override
            public void postInit(ProcessEngineConfigurationImpl initialized) {
                step.accept(initialized);
            }
        });
    }
}
