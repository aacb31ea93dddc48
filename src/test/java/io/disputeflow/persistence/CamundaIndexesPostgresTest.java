package io.disputeflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.support.PostgresSpringTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The indexes Camunda lacks on PostgreSQL exist after the start, survive a second application, and are used. */
@PostgresSpringTest
class CamundaIndexesPostgresTest {

    private static final String EVENT_SUBSCRIPTION_INDEX = "disputeflow_idx_event_subscr_proc_inst";
    private static final String JOB_DUE_INDEX = "disputeflow_idx_job_due";
    /** The engine's own lookup (EventSubscription.xml, selectEventSubscriptionsByProcessInstanceId). */
    private static final String SUBSCRIPTIONS_OF_AN_INSTANCE =
            "EXPLAIN select * from act_ru_event_subscr where (proc_inst_id_ = 'idx-test-pi-4711')";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theStartCreatesTheFourIndexesOnCamundasTables() {
        assertThat(ourIndexes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                EVENT_SUBSCRIPTION_INDEX, "act_ru_event_subscr",
                "disputeflow_idx_task_parent_task", "act_ru_task",
                "disputeflow_idx_job_locked_exclusive", "act_ru_job",
                JOB_DUE_INDEX, "act_ru_job"));
        assertThat(jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE indexname = ?", String.class,
                "disputeflow_idx_job_locked_exclusive"))
                .contains("(lock_exp_time_, process_instance_id_)", "WHERE (exclusive_ AND (lock_owner_ IS NOT NULL))");
    }

    @Test
    void applyingTheScriptAgainChangesNothing() {
        Map<String, String> before = ourIndexes();

        CamundaIndexes.apply(dataSource);
        CamundaIndexes.apply(dataSource);

        assertThat(ourIndexes()).isEqualTo(before);
    }

    @Test
    void theEventSubscriptionsOfAnInstanceAreFoundThroughTheIndexNotBySequentialScan() {
        jdbc.update("""
                INSERT INTO act_ru_event_subscr (id_, rev_, event_type_, event_name_, proc_inst_id_, activity_id_, created_)
                SELECT 'idx-test-' || i, 1, 'message', 'Message_Test', 'idx-test-pi-' || i, 'event_test', now()
                FROM generate_series(1, 20000) AS i""");
        try {
            jdbc.execute("ANALYZE act_ru_event_subscr");

            assertThat(plan()).contains(EVENT_SUBSCRIPTION_INDEX).doesNotContain("Seq Scan");
            // Without the index the same lookup reads the whole table: the test would notice the index missing.
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.execute("DROP INDEX " + EVENT_SUBSCRIPTION_INDEX);
                assertThat(plan()).contains("Seq Scan");
                status.setRollbackOnly();
            });
        } finally {
            jdbc.update("DELETE FROM act_ru_event_subscr WHERE id_ LIKE 'idx-test-%'");
            jdbc.execute("ANALYZE act_ru_event_subscr");
        }
        assertThat(ourIndexes()).containsKey(EVENT_SUBSCRIPTION_INDEX);
    }

    @Test
    void jobAcquisitionReadsTheOldestDueJobsThroughTheIndex_notEveryFutureTimerNorEveryLockedJob() {
        // a timer storm: 20,000 timers due in 5 days, 2,000 due now, the oldest 12 of them being executed
        jdbc.update("""
                INSERT INTO act_ru_job (id_, rev_, type_, exclusive_, process_instance_id_, retries_, duedate_,
                                        suspension_state_, handler_type_)
                SELECT 'idx-test-timer-' || i, 1, 'timer', true, 'idx-test-pi-' || i, 3, now() + interval '5 days', 1,
                       'timer-transition'
                FROM generate_series(1, 20000) AS i""");
        jdbc.update("""
                INSERT INTO act_ru_job (id_, rev_, type_, exclusive_, process_instance_id_, retries_, duedate_,
                                        suspension_state_, handler_type_, lock_owner_, lock_exp_time_)
                SELECT 'idx-test-due-' || i, 1, 'timer', true, 'idx-test-pi-due-' || i, 3,
                       now() - interval '1 hour' + i * interval '1 second', 1, 'timer-transition',
                       CASE WHEN i <= 12 THEN 'other-node' END, CASE WHEN i <= 12 THEN now() + interval '5 minutes' END
                FROM generate_series(1, 2000) AS i""");
        try {
            jdbc.execute("ANALYZE act_ru_job");
            for (String planMode : List.of("force_generic_plan", "force_custom_plan")) {
                assertThat(acquisitionPlan(planMode)).as(planMode)
                        .contains("Index Scan using " + JOB_DUE_INDEX + " on act_ru_job res")
                        .doesNotContain("Seq Scan on act_ru_job res", "Sort");
            }
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.execute("DROP INDEX " + JOB_DUE_INDEX);
                assertThat(acquisitionPlan("force_generic_plan")).containsAnyOf("Seq Scan on act_ru_job res", "Sort");
                status.setRollbackOnly();
            });
        } finally {
            jdbc.update("DELETE FROM act_ru_job WHERE id_ LIKE 'idx-test-%'");
            jdbc.execute("ANALYZE act_ru_job");
        }
    }

    @Test
    void anAgentsTaskCountFindsTheGrantsThroughTheResourceIndex_notByComparingEveryGrantWithEveryTask() {
        // 3,000 open tasks of one store, each offered to the agents' group: the engine writes one grant per task
        jdbc.update("""
                INSERT INTO act_ru_task (id_, rev_, name_, priority_, create_time_, suspension_state_, tenant_id_)
                SELECT 'plan-test-task-' || i, 1, 'Respond to dispute', 50, now(), 1, 'plan-test-store'
                FROM generate_series(1, 3000) AS i""");
        jdbc.update("""
                INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
                SELECT 'plan-test-auth-' || i, 1, 1, 'plan-test-agents', 7, 'plan-test-task-' || i, 6
                FROM generate_series(1, 3000) AS i""");
        try {
            jdbc.execute("ANALYZE act_ru_task");
            jdbc.execute("ANALYZE act_ru_authorization");

            assertThat(taskCountPlan()).contains("Index Scan on act_idx_auth_resource_id")
                    .doesNotContain("Join Filter");
            // Without the statistics PostgreSQL expects a handful of grants and compares each with each task
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.execute("DROP STATISTICS disputeflow_stat_auth_read, disputeflow_stat_auth_read_task");
                jdbc.execute("ANALYZE act_ru_authorization");
                assertThat(taskCountPlan()).contains("Join Filter");
                status.setRollbackOnly();
            });
        } finally {
            jdbc.update("DELETE FROM act_ru_authorization WHERE id_ LIKE 'plan-test-%'");
            jdbc.update("DELETE FROM act_ru_task WHERE id_ LIKE 'plan-test-%'");
            jdbc.execute("ANALYZE act_ru_task");
            jdbc.execute("ANALYZE act_ru_authorization");
        }
    }

    /**
     * The engine's count of a task filter for an agent (Task.xml, selectTaskCountByQueryCriteria, with Commons.xml's
     * authorization join: READ on the task or READ_TASK on its definition), planned with its values as the
     * application's connections do (application-postgres.yaml).
     */
    private String taskCountPlan() {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
            jdbc.execute("""
                    PREPARE plan_test_count (text, text, text, int, int, int, int, int, int, text, int, text) AS
                    SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES
                      left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
                      left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < $11
                                    AND ( A.USER_ID_ in ( $1, $12) OR A.GROUP_ID_ IN ( $2 , $3 ) )
                                    AND ( ( A.RESOURCE_TYPE_ = $4 AND A.PERMS_ & $5 = $6
                                            OR A.RESOURCE_TYPE_ = $7 AND A.PERMS_ & $8 = $9 ) ) ) AUTH
                        ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , $12 ))
                    WHERE ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
                      and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in ( $10 ) ) ) countDistinct""");
            try {
                return String.join("\n", jdbc.queryForList("EXPLAIN EXECUTE plan_test_count ('plan-test-agent', "
                        + "'plan-test-agents', 'plan-test-company', 7, 2, 2, 6, 64, 64, 'plan-test-store', 2, '*')",
                        String.class));
            } finally {
                jdbc.execute("DEALLOCATE plan_test_count");
            }
        });
    }

    /**
     * The engine's acquisition query (Job.xml, selectNextJobsToExecute) as the job executor sends it with the
     * application's settings: every job dated, acquired in due-date order (JobDueDatesPostgresTest checks the engine
     * runs with them).
     */
    private String acquisitionPlan(String planMode) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("SET LOCAL plan_cache_mode = " + planMode);
            jdbc.execute("""
                    PREPARE idx_test_acquire (timestamp, timestamp, timestamp, int, int, int, int, boolean, boolean,
                                              boolean) AS
                    select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_
                    from ACT_RU_JOB RES
                    where (RES.RETRIES_ > $6) and ( RES.DUEDATE_ <= $1 )
                      and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < $2) and RES.SUSPENSION_STATE_ = $7
                      and ( ( RES.EXCLUSIVE_ = $8 and not exists( select J2.ID_ from ACT_RU_JOB J2
                              where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = $9)
                                and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= $3) ) )
                            or RES.EXCLUSIVE_ = $10 )
                    ORDER BY RES.DUEDATE_ asc
                    LIMIT $4 OFFSET $5""");
            try {
                return String.join("\n", jdbc.queryForList("EXPLAIN EXECUTE idx_test_acquire (now()::timestamp, "
                        + "now()::timestamp, now()::timestamp, 8, 0, 0, 1, true, true, false)", String.class));
            } finally {
                jdbc.execute("DEALLOCATE idx_test_acquire");
            }
        });
    }

    private String plan() {
        List<String> lines = jdbc.queryForList(SUBSCRIPTIONS_OF_AN_INSTANCE, String.class);
        return String.join("\n", lines);
    }

    private Map<String, String> ourIndexes() {
        return Map.copyOf(jdbc.query("SELECT indexname, tablename FROM pg_indexes WHERE indexname LIKE 'disputeflow_idx_%'",
                rs -> {
                    Map<String, String> indexes = new java.util.HashMap<>();
                    while (rs.next()) {
                        indexes.put(rs.getString(1), rs.getString(2));
                    }
                    return indexes;
                }));
    }
}
