package io.disputeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.TestPostgres;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real application the way an operator does: with the postgres profile, environment variables
 * and restarts on the same database.
 */
class ApplicationStartupTest {

    private static final java.util.concurrent.atomic.AtomicInteger ENGINES = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void restartWithUnchangedModelsKeepsOneVersionAndDemoDataIsIdempotent() {
        String url = TestPostgres.newDatabase("restart");
        Map<String, Long> first;
        long filtersAfterFirstStart;
        try (ConfigurableApplicationContext app = start(url, "postgres,demo")) {
            first = definitionVersions(app);
            filtersAfterFirstStart = app.getBean(ProcessEngine.class).getFilterService().createFilterQuery().count();
        }
        try (ConfigurableApplicationContext app = start(url, "postgres,demo")) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            assertThat(definitionVersions(app)).isEqualTo(first).allSatisfy((key, version) ->
                    assertThat(version).as("versions of %s", key).isEqualTo(1L));
            assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isOne();
            assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filtersAfterFirstStart);
            assertThat(engine.getIdentityService().createUserQuery().userId("anna").count()).isOne();
            assertThat(app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("SELECT count(*) FROM dispute", Integer.class)).as("demo disputes, opened once").isEqualTo(41);
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey("DisputeResolution").count()).isEqualTo(41);
            assertThat(engine.getIdentityService().createTenantQuery().count()).as("demo stores").isEqualTo(8);
        }
    }

    @Test
    void postgresProfileHasNoDemoUsers() {
        String url = TestPostgres.newDatabase("nodemo");
        try (ConfigurableApplicationContext app = start(url, "postgres",
                "--disputeflow.admin.user=operator", "--disputeflow.admin.password=s3cret-from-env")) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            assertThat(engine.getIdentityService().createUserQuery().list())
                    .extracting(user -> user.getId()).containsExactly("operator");
            assertThat(engine.getIdentityService().checkPassword("operator", "s3cret-from-env")).isTrue();
        }
    }

    @Test
    void postgresProfileRefusesToStartWithoutAdministrator() {
        String url = TestPostgres.newDatabase("noadmin");
        assertThatThrownBy(() -> start(url, "postgres").close())
                .hasStackTraceContaining("DISPUTEFLOW_ADMIN_USER")
                .hasStackTraceContaining("DISPUTEFLOW_ADMIN_PASSWORD");
    }

    /**
     * The application as an operator starts it, without the webapps (they keep their application context in a
     * static field shared by every context of this JVM; PlatformFoundationTest covers them), with an engine name
     * of its own so that closing it leaves the other test contexts' "default" engine registered.
     */
    private static ConfigurableApplicationContext start(String url, String profiles, String... extraArgs) {
        return ApplicationNode.on(url).noAdmin().profiles(profiles).jobExecutor(false)
                .engine("startup" + ENGINES.incrementAndGet())
                .arguments(List.of(extraArgs))
                .start().context();
    }

    private static Map<String, Long> definitionVersions(ConfigurableApplicationContext app) {
        return app.getBean(ProcessEngine.class).getRepositoryService().createProcessDefinitionQuery().list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(ProcessDefinition::getKey,
                        definition -> (long) definition.getVersion(), Math::max));
    }
}
