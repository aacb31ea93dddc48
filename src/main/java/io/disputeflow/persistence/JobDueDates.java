package io.disputeflow.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Jobs without a due date get one at every start, when the engine runs with {@code ensureJobDueDateNotNull}
 * (application.yaml): the engine then dates every new job (an asynchronous step: its creation time) and its job
 * executor acquires only dated jobs, in due-date order from {@code disputeflow_idx_job_due} (Job.xml,
 * selectNextJobsToExecute, drops "DUEDATE_ is null or" then). A job created before, by a version or a node running
 * without the setting, would otherwise never be executed; it gets its creation time, so it runs in its turn.
 * Its revision stays: a node executing it right now finishes or fails it as it would have.
 */
@Component
public class JobDueDates extends AbstractProcessEnginePlugin {

    private static final String DATE_UNDATED_JOBS =
            "UPDATE act_ru_job SET duedate_ = COALESCE(create_time_, ?) WHERE duedate_ IS NULL";
    private static final Logger LOG = LoggerFactory.getLogger(JobDueDates.class);

    private final DataSource dataSource;
    private boolean datedJobsOnly;

    public JobDueDates(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        datedJobsOnly = configuration.isEnsureJobDueDateNotNull();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (datedJobsOnly) {
            int dated = dateUndatedJobs(dataSource);
            if (dated > 0) {
                LOG.info("{} job(s) without a due date (created before the job executor acquired in due-date order) "
                        + "got their creation time as due date", dated);
            }
        }
    }

    /** Gives every job without a due date its creation time (the engine's clock if it has none); returns how many. */
    public static int dateUndatedJobs(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(DATE_UNDATED_JOBS)) {
            update.setTimestamp(1, new Timestamp(ClockUtil.getCurrentTime().getTime()));
            return update.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not give the jobs without a due date their creation time", failed);
        }
    }
}
