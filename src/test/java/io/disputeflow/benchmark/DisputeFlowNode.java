package io.disputeflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.DisputeFlowApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * One DisputeFlow application node in this JVM, as production runs it (profile postgres, job executor on, HTTP on
 * a free port), on a benchmark database. Several nodes may share a database; each then needs its own engine name.
 */
final class DisputeFlowNode implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "benchmark-admin-secret";

    private final String name;
    private final ConfigurableApplicationContext context;

    private DisputeFlowNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /**
     * Starts a node. {@code engineName} "default" keeps /engine-rest working (it serves the default engine);
     * {@code jobExecutor} null keeps the settings the application ships, otherwise they are imposed.
     */
    static DisputeFlowNode start(BenchmarkPostgres postgres, String database, String name, String engineName,
                                 JobExecutorSettings jobExecutor, Path workDirectory) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.profiles.active=postgres",
                // the webapps keep their application context in a static field shared by the JVM, so a second node
                // (or a node started after another one closed) cannot have them; the benchmark uses only HTTP APIs
                "--spring.autoconfigure.exclude="
                        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.io.disputeflow=WARN",
                "--disputeflow.evidence.directory=" + workDirectory.resolve("evidence-" + database).toAbsolutePath(),
                "--camunda.bpm.process-engine-name=" + engineName,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.enabled=true"));
        if (jobExecutor != null) {
            arguments.addAll(jobExecutor.asArguments());
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DisputeFlowApplication.class)
                .properties(Map.of("DB_URL", postgres.jdbcUrl(database), "DB_USER", BenchmarkPostgres.USER,
                        "DB_PASSWORD", "", "DISPUTEFLOW_ADMIN_USER", ADMIN,
                        "DISPUTEFLOW_ADMIN_PASSWORD", ADMIN_PASSWORD))
                .run(arguments.toArray(String[]::new));
        return new DisputeFlowNode(name, context);
    }

    String name() {
        return name;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    ProcessEngine engine() {
        return bean(ProcessEngine.class);
    }

    String baseUrl() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    /** The job executor and pool settings this node actually runs with, read from its beans. */
    JobExecutorSettings actualSettings(String label) {
        JobExecutor jobExecutor = bean(JobExecutor.class);
        ThreadPoolTaskExecutor threads = context.getBean("camundaTaskExecutor", ThreadPoolTaskExecutor.class);
        DataSource dataSource = bean(DataSource.class);
        int pool = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : -1;
        return new JobExecutorSettings(label, threads.getCorePoolSize(), threads.getMaxPoolSize(),
                threads.getQueueCapacity(), jobExecutor.getMaxJobsPerAcquisition(), jobExecutor.getWaitTimeInMillis(),
                jobExecutor.getMaxWait(), jobExecutor.getLockTimeInMillis(), jobExecutor.getBackoffTimeInMillis(),
                jobExecutor.getMaxBackoff(), pool);
    }

    @Override
    public void close() {
        context.close();
    }
}
