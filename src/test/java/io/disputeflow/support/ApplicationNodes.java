package io.disputeflow.support;

import io.disputeflow.DisputeFlowApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application as an extra node inside the test JVM, on a database of {@link TestPostgres}, with its
 * own process engine name and Camunda's job executor on. The webapps stay off: they keep their application
 * context in a static field, and a second engine named "default" would confuse Camunda's REST API of the shared
 * test context.
 */
public final class ApplicationNodes {

    private ApplicationNodes() {
    }

    /**
     * @param nodeName the node's host name in job logs; the engine is named after it without hyphens (Camunda
     *                 ignores a name with a hyphen and would register a second engine "default")
     */
    public static ConfigurableApplicationContext start(String databaseUrl, String nodeName, String... settings) {
        String engineName = nodeName.replace("-", "");
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.autoconfigure.exclude="
                        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                "--spring.profiles.active=postgres",
                "--logging.level.root=WARN",
                "--camunda.bpm.process-engine-name=" + engineName,
                // job logs and Cockpit tell which node ran a job by this name
                "--camunda.bpm.generic-properties.properties.hostname=" + nodeName,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=10",
                "--spring.datasource.hikari.maximum-pool-size=12"));
        args.addAll(List.of(settings));
        ConfigurableApplicationContext node = new SpringApplicationBuilder(DisputeFlowApplication.class)
                .properties(Map.of("DB_URL", databaseUrl, "DB_USER", TestPostgres.USER, "DB_PASSWORD", "",
                        "DISPUTEFLOW_ADMIN_USER", "admin", "DISPUTEFLOW_ADMIN_PASSWORD", "node-admin-secret"))
                .run(args.toArray(String[]::new));
        String started = node.getBean(ProcessEngine.class).getName();
        if (!engineName.equals(started)) {
            node.close();
            throw new IllegalStateException("Node " + nodeName + " started engine '" + started + "', not '"
                    + engineName + "': it would replace the test context's engine in Camunda's registry");
        }
        return node;
    }
}
