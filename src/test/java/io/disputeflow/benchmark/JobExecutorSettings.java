package io.disputeflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.support.ApplicationNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Job executor and connection pool settings of a node. {@link #camundaDefaults()} are the values the Camunda 7.24
 * Spring Boot starter and engine use when nothing is configured; {@link #shipped()} are what DisputeFlow's
 * application.yaml and application-postgres.yaml configure (falling back to those defaults).
 */
record JobExecutorSettings(
        String label,
        int corePoolSize,
        int maxPoolSize,
        int queueCapacity,
        int maxJobsPerAcquisition,
        int waitTimeInMillis,
        long maxWait,
        int lockTimeInMillis,
        int backoffTimeInMillis,
        long maxBackoff,
        boolean byDueDate,
        int dbPoolSize) {

    private static final String PREFIX = "camunda.bpm.job-execution.";
    private static final String ENGINE = "camunda.bpm.generic-properties.properties.";

    /**
     * Camunda 7.24's defaults: JobExecutionProperty (core-pool-size 3, max-pool-size 10, queue-capacity 3) and
     * the engine's JobExecutor (max-jobs-per-acquisition 3, wait-time-in-millis 5000, max-wait 60000,
     * lock-time-in-millis 300000, no backoff), jobs acquired in no particular order and asynchronous steps without
     * due date. The connection pool stays the application's.
     */
    static JobExecutorSettings camundaDefaults() {
        return new JobExecutorSettings("Camunda defaults", 3, 10, 3, 3, 5000, 60_000, 300_000, 0, 0, false,
                shipped().dbPoolSize());
    }

    /**
     * The settings DisputeFlow ships, read from its configuration files as the postgres profile resolves them;
     * environment variables and system properties override them as they would a node's.
     */
    static JobExecutorSettings shipped() {
        StandardEnvironment environment = new StandardEnvironment();
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        try {
            // the profile's file first: it overrides application.yaml
            for (String file : List.of("application-postgres.yaml", "application.yaml")) {
                loader.load(file, new ClassPathResource(file)).forEach(environment.getPropertySources()::addLast);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the application's configuration", e);
        }
        // relaxed names as Spring Boot binds them, e.g. CAMUNDA_BPM_JOBEXECUTION_MAXJOBSPERACQUISITION overrides
        ConfigurationPropertySources.attach(environment);
        return new JobExecutorSettings("tuned (as shipped)",
                environment.getProperty(PREFIX + "core-pool-size", Integer.class, 3),
                environment.getProperty(PREFIX + "max-pool-size", Integer.class, 10),
                environment.getProperty(PREFIX + "queue-capacity", Integer.class, 3),
                environment.getProperty(PREFIX + "max-jobs-per-acquisition", Integer.class, 3),
                environment.getProperty(PREFIX + "wait-time-in-millis", Integer.class, 5000),
                environment.getProperty(PREFIX + "max-wait", Long.class, 60_000L),
                environment.getProperty(PREFIX + "lock-time-in-millis", Integer.class, 300_000),
                environment.getProperty(PREFIX + "backoff-time-in-millis", Integer.class, 0),
                environment.getProperty(PREFIX + "max-backoff", Long.class, 0L),
                environment.getProperty(ENGINE + "jobExecutorAcquireByDueDate", Boolean.class, false)
                        && environment.getProperty(ENGINE + "ensureJobDueDateNotNull", Boolean.class, false),
                environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10));
    }

    /** The job executor and pool settings {@code node} actually runs with, read from its beans. */
    static JobExecutorSettings actual(ApplicationNode node, String label) {
        JobExecutor jobExecutor = node.bean(JobExecutor.class);
        ThreadPoolTaskExecutor threads = node.context().getBean("camundaTaskExecutor", ThreadPoolTaskExecutor.class);
        DataSource dataSource = node.bean(DataSource.class);
        int pool = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : -1;
        return new JobExecutorSettings(label, threads.getCorePoolSize(), threads.getMaxPoolSize(),
                threads.getQueueCapacity(), jobExecutor.getMaxJobsPerAcquisition(), jobExecutor.getWaitTimeInMillis(),
                jobExecutor.getMaxWait(), jobExecutor.getLockTimeInMillis(), jobExecutor.getBackoffTimeInMillis(),
                jobExecutor.getMaxBackoff(),
                byDueDate((ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration()), pool);
    }

    /** Command-line properties that impose these settings on a node, whatever its configuration files say. */
    List<String> asArguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add("--" + PREFIX + "core-pool-size=" + corePoolSize);
        arguments.add("--" + PREFIX + "max-pool-size=" + maxPoolSize);
        arguments.add("--" + PREFIX + "queue-capacity=" + queueCapacity);
        arguments.add("--" + PREFIX + "max-jobs-per-acquisition=" + maxJobsPerAcquisition);
        arguments.add("--" + PREFIX + "wait-time-in-millis=" + waitTimeInMillis);
        arguments.add("--" + PREFIX + "max-wait=" + maxWait);
        arguments.add("--" + PREFIX + "lock-time-in-millis=" + lockTimeInMillis);
        arguments.add("--" + PREFIX + "backoff-time-in-millis=" + backoffTimeInMillis);
        arguments.add("--" + PREFIX + "max-backoff=" + maxBackoff);
        arguments.add("--" + ENGINE + "jobExecutorAcquireByDueDate=" + byDueDate);
        arguments.add("--" + ENGINE + "ensureJobDueDateNotNull=" + byDueDate);
        arguments.add("--spring.datasource.hikari.maximum-pool-size=" + dbPoolSize);
        return arguments;
    }

    /** Applies the acquisition order to an engine configured by hand (the bare baseline). */
    void applyOrderTo(ProcessEngineConfigurationImpl configuration) {
        configuration.setJobExecutorAcquireByDueDate(byDueDate);
        configuration.setEnsureJobDueDateNotNull(byDueDate);
    }

    private static boolean byDueDate(ProcessEngineConfigurationImpl configuration) {
        return configuration.isJobExecutorAcquireByDueDate() && configuration.isEnsureJobDueDateNotNull();
    }

    String describe() {
        return label + ": job executor threads core " + corePoolSize + " / max " + maxPoolSize + ", queue "
                + queueCapacity + ", max-jobs-per-acquisition " + maxJobsPerAcquisition + ", wait-time "
                + waitTimeInMillis + " ms, max-wait " + maxWait + " ms, lock-time " + lockTimeInMillis
                + " ms, backoff " + backoffTimeInMillis + " ms (max " + maxBackoff + " ms); DB pool "
                + dbPoolSize + " connections";
    }
}
