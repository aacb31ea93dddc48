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
    void theStartCreatesTheThreeIndexesOnCamundasTables() {
        assertThat(ourIndexes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                EVENT_SUBSCRIPTION_INDEX, "act_ru_event_subscr",
                "disputeflow_idx_task_parent_task", "act_ru_task",
                "disputeflow_idx_job_locked_exclusive", "act_ru_job"));
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
