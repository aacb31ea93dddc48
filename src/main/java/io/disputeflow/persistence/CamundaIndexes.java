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
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Adds the indexes Camunda lacks on PostgreSQL ({@value #SCRIPT}) and, on PostgreSQL 14 or newer, the planner
 * statistics it lacks ({@value #STATISTICS}) once the engine has created or updated its schema, at every start. The
 * statements are idempotent; an advisory lock keeps two nodes starting together from creating the same index at
 * once. Other databases (the H2 demo) keep Camunda's schema as it is.
 */
@Component
public class CamundaIndexes extends AbstractProcessEnginePlugin {

    static final String SCRIPT = "db/camunda-indexes.sql";
    static final String STATISTICS = "db/camunda-statistics.sql";
    /** Statistics of expressions came with PostgreSQL 14. */
    private static final int STATISTICS_SINCE = 14;
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

    /** Runs the scripts in one transaction on PostgreSQL; harmless when the indexes and statistics exist. */
    public static void apply(DataSource dataSource) {
        boolean statistics;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK + ")");
                ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCRIPT));
                statistics = connection.getMetaData().getDatabaseMajorVersion() >= STATISTICS_SINCE;
                if (statistics) {
                    ScriptUtils.executeSqlScript(connection, new ClassPathResource(STATISTICS));
                }
                connection.commit();
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not create the indexes and statistics of " + SCRIPT + " and "
                    + STATISTICS, failed);
        }
        LOG.info("Camunda's tables have the indexes of {}", SCRIPT);
        if (statistics) {
            LOG.info("Camunda's tables have the statistics of {}", STATISTICS);
        } else {
            LOG.warn("PostgreSQL {} and older keep no statistics of expressions ({} not applied): with thousands of "
                    + "open disputes an agent's task list may take seconds; PostgreSQL {} or newer avoids that",
                    STATISTICS_SINCE - 1, STATISTICS, STATISTICS_SINCE);
        }
    }
}
