package io.disputeflow.persistence;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, a person's task lists and counts (Tasklist's lists and filter counts, {@code /engine-rest/task} and
 * {@code /filter}: a signed-in user, authorization checked) are planned with their values ({@code SET LOCAL
 * plan_cache_mode = force_custom_plan} in their transaction), every other statement as PostgreSQL chooses.
 * <p>
 * Camunda checks a task list's authorizations by joining the tasks with the user's grants, and the engine writes a
 * grant for every candidate group of every open task. After five runs of a statement on a connection PostgreSQL may
 * switch to a plan made without the values, which cannot use the statistics of {@code db/camunda-statistics.sql}:
 * it expects a handful of grants and compares every grant with every task (with 5,000 open disputes, 2 to 9 s for
 * one count instead of 60 ms). Planning with the values costs about 2 ms per list; for every statement it would cost
 * a third more database CPU per dispute (docs/BENCHMARKS.md, session 16), hence only here. Left alone: a single task
 * looked up by id, and the engine's own lists (in jobs and delegates no one is signed in or authorizations are not
 * checked, so there is no join with the grants), which would otherwise plan the rest of their transaction too.
 */
@Component
public class TaskListPlans extends AbstractProcessEnginePlugin {

    private static final String CUSTOM_PLANS = "SET LOCAL plan_cache_mode = force_custom_plan";

    private volatile boolean postgres;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (postgres && listsTasks(command) && checksAuthorizations(Context.getCommandContext())) {
                    planWithValues();
                }
                return next.execute(command);
            }
        });
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        postgres = "postgres".equals(configuration.getDatabaseType());
    }

    private static boolean listsTasks(Command<?> command) {
        return command instanceof AbstractExecuteFilterCmd
                || command instanceof TaskQueryImpl query && query.getTaskId() == null;
    }

    private static boolean checksAuthorizations(CommandContext context) {
        return context.getProcessEngineConfiguration().isAuthorizationEnabled()
                && context.isAuthorizationCheckEnabled() && context.getAuthentication() != null;
    }

    private static void planWithValues() {
        try (Statement statement = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection()
                .createStatement()) {
            statement.execute(CUSTOM_PLANS);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set " + CUSTOM_PLANS, e);
        }
    }
}
