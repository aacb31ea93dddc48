package io.disputeflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.support.PostgresSpringTest;
import io.disputeflow.tasklist.TasklistFilters;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's task lists and filter counts are planned with their values in their own transaction; everything else,
 * a task looked up by id and the engine's own lists included, as PostgreSQL chooses (CamundaIndexesPostgresTest
 * shows the plan this avoids).
 */
@PostgresSpringTest
class TaskListPlansPostgresTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void anAgentsTaskListIsPlannedWithItsValues() {
        signInAsAgent();

        assertThat(planModeAfter(() -> tasks.createTaskQuery().taskCandidateGroup("seller-agents").list()))
                .isEqualTo("force_custom_plan");
        assertThat(planModeAfter(() -> tasks.createTaskQuery().taskCandidateGroup("seller-agents").count()))
                .isEqualTo("force_custom_plan");
    }

    @Test
    void anAgentsFilterCountIsPlannedWithItsValues() {
        String myStores = filters.createFilterQuery().filterName(TasklistFilters.MY_STORES).singleResult().getId();
        signInAsAgent();

        assertThat(planModeAfter(() -> filters.count(myStores))).isEqualTo("force_custom_plan");
    }

    @Test
    void otherStatementsAndATaskLookedUpByIdArePlannedAsPostgresChooses() {
        signInAsAgent();

        assertThat(planModeAfter(() -> repository.createDeploymentQuery().count())).isEqualTo("auto");
        assertThat(planModeAfter(() -> tasks.createTaskQuery().taskId("no-such-task").singleResult()))
                .isEqualTo("auto");
    }

    @Test
    void theEnginesOwnTaskListsArePlannedAsPostgresChooses() {
        // no one signed in, as in a job or the application's own code: no authorization join, nothing to plan
        assertThat(planModeAfter(() -> tasks.createTaskQuery().taskCandidateGroup("seller-agents").list()))
                .isEqualTo("auto");
    }

    private void signInAsAgent() {
        identity.setAuthentication("plan-test-agent", List.of(PlatformGroup.SELLER_AGENTS.id()));
    }

    /** The setting at the end of a transaction in which {@code query} ran (the engine joins it). */
    private String planModeAfter(Runnable query) {
        return new TransactionTemplate(transactions).execute(status -> {
            query.run();
            return jdbc.queryForObject("SHOW plan_cache_mode", String.class);
        });
    }
}
