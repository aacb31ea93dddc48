package io.disputeflow.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Adds the indexes Camunda lacks on PostgreSQL ({@value #SCRIPT}) once the engine has created or updated its schema,
 * at every start. The statements are idempotent; an advisory lock keeps two nodes starting together from creating
 * the same index at once. Other databases (the H2 demo) keep Camunda's schema as it is.
 */
@Component
public class CamundaIndexes extends AbstractProcessEnginePlugin {

    static final String SCRIPT = "db/camunda-indexes.sql";
    private static final long ADVISORY_LOCK = 0x44465F494458L;
    private static final Logger LOG = LoggerFactory.getLogger(CamundaIndexes.class);

    private final DataSource dataSource;
    private boolean postgres;

    public CamundaIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        postgres = "postgres".equals(configuration.getDatabaseType());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (postgres) {
            apply(dataSource);
        }
    }

    /** Runs the script in one transaction on PostgreSQL; harmless when the indexes exist. */
    public static void apply(DataSource dataSource) {
        Resource script = new ClassPathResource(SCRIPT);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK + ")");
                ScriptUtils.executeSqlScript(connection, script);
                connection.commit();
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not create the indexes of " + SCRIPT, failed);
        }
        LOG.info("Camunda's tables have the indexes of {}", SCRIPT);
    }
}
