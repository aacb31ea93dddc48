package io.disputeflow.support;

import io.disputeflow.DisputeFlowApplication;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one launcher of extra application nodes for tests and the benchmark: the application as production runs it
 * (profile postgres, HTTP on a free port) on a database of {@link TestPostgres}, either inside this JVM
 * ({@link Launch#start()}) or as a JVM of its own that a test can kill ({@link Launch#startProcess}).
 *
 * <p>In this JVM the webapps stay off: they keep their application context in a static field, and a second
 * engine named "default" would confuse Camunda's REST API of the shared Spring test context. Each node gets its
 * own engine name, the node name without hyphens (Camunda ignores a name with a hyphen and would register a
 * second engine "default"), unless {@link Launch#engine(String)} says otherwise.
 */
public final class ApplicationNode implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "node-admin-secret";
    private static final String WEBAPPS =
            "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration";
    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private final String name;
    private final ConfigurableApplicationContext context;

    private ApplicationNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /** A node on the database at {@code databaseUrl}; settings follow, {@link Launch#start()} starts it. */
    public static Launch on(String databaseUrl) {
        return new Launch(databaseUrl);
    }

    public String name() {
        return name;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ProcessEngine engine() {
        return bean(ProcessEngine.class);
    }

    public String baseUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }

    /** What a node is started with. Later settings of the same property replace earlier ones. */
    public static final class Launch {

        private final String databaseUrl;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private String name = "node";
        private String engine;

        private Launch(String databaseUrl) {
            this.databaseUrl = databaseUrl;
            environment.put("DB_URL", databaseUrl);
            environment.put("DB_USER", TestPostgres.USER);
            environment.put("DB_PASSWORD", "");
            admin(ADMIN, ADMIN_PASSWORD);
            property("spring.profiles.active", "postgres");
            property("spring.main.banner-mode", "off");
            property("logging.level.root", "WARN");
            property("camunda.bpm.job-execution.enabled", "true");
        }

        /** The node's host name in job logs (which node ran a job); the engine is named after it. */
        public Launch name(String nodeName) {
            this.name = nodeName;
            return property("camunda.bpm.generic-properties.properties.hostname", nodeName);
        }

        /** An engine name of its own choosing, e.g. "default" for a node alone in its JVM. */
        public Launch engine(String engineName) {
            this.engine = engineName;
            return this;
        }

        public Launch profiles(String profiles) {
            return property("spring.profiles.active", profiles);
        }

        public Launch jobExecutor(boolean enabled) {
            return property("camunda.bpm.job-execution.enabled", Boolean.toString(enabled));
        }

        /** The administrator the postgres profile requires, as the environment gives it. */
        public Launch admin(String user, String password) {
            environment.put("DISPUTEFLOW_ADMIN_USER", user);
            environment.put("DISPUTEFLOW_ADMIN_PASSWORD", password);
            return this;
        }

        /** No administrator in the environment (the postgres profile then refuses to start). */
        public Launch noAdmin() {
            environment.remove("DISPUTEFLOW_ADMIN_USER");
            environment.remove("DISPUTEFLOW_ADMIN_PASSWORD");
            return this;
        }

        public Launch property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** Settings given as command-line arguments, {@code --key=value}. */
        public Launch arguments(List<String> arguments) {
            for (String argument : arguments) {
                int equals = argument.indexOf('=');
                if (!argument.startsWith("--") || equals < 0) {
                    throw new IllegalArgumentException("Not --key=value: " + argument);
                }
                property(argument.substring(2, equals), argument.substring(equals + 1));
            }
            return this;
        }

        private String engineName() {
            return engine != null ? engine : name.replace("-", "");
        }

        private List<String> commandLine(int port) {
            Map<String, String> all = new LinkedHashMap<>();
            all.put("server.port", Integer.toString(port));
            all.put("camunda.bpm.process-engine-name", engineName());
            all.putAll(properties);
            List<String> arguments = new ArrayList<>();
            all.forEach((key, value) -> arguments.add("--" + key + "=" + value));
            return arguments;
        }

        /** Starts the node inside this JVM, without the webapps; fails if its engine took another name. */
        public ApplicationNode start() {
            List<String> arguments = commandLine(0);
            arguments.add("--spring.autoconfigure.exclude=" + WEBAPPS);
            ConfigurableApplicationContext context = new SpringApplicationBuilder(DisputeFlowApplication.class)
                    .properties(Map.copyOf(environment))
                    .run(arguments.toArray(String[]::new));
            String started = context.getBean(ProcessEngine.class).getName();
            if (!engineName().equals(started)) {
                context.close();
                throw new IllegalStateException("Node " + name + " started engine '" + started + "', not '"
                        + engineName() + "': it would replace another engine of this JVM in Camunda's registry");
            }
            return new ApplicationNode(name, context);
        }

        /**
         * Starts {@code mainClass} (which runs the application) as a JVM of its own on the test classpath, with
         * these settings and {@code -D} {@code systemProperties}; its output goes to {@code <folder>/<name>.log}.
         * It is ready once it wrote {@code <folder>/<name>.ready}.
         */
        public NodeProcess startProcess(Path folder, Class<?> mainClass, Map<String, String> systemProperties)
                throws IOException {
            Path readyMarker = folder.resolve(name + ".ready");
            Files.deleteIfExists(readyMarker);
            int port = freePort();
            Path log = folder.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1"));
            systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-cp", classpath(), mainClass.getName()));
            command.addAll(commandLine(port));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            NodeProcess node = new NodeProcess(builder.start(), port, name, log);
            node.awaitReady(readyMarker, START_PATIENCE);
            return node;
        }

        /** The test classpath, each entry once: a repeated entry would deploy the process models twice. */
        private static String classpath() {
            String entries = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            return String.join(File.pathSeparator,
                    new LinkedHashSet<>(Arrays.asList(entries.split(Pattern.quote(File.pathSeparator)))));
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }

    /** A node in a JVM of its own (see {@link Launch#startProcess}). */
    public static final class NodeProcess {

        private final Process process;
        private final int port;
        private final String name;
        private final Path log;

        private NodeProcess(Process process, int port, String name, Path log) {
            this.process = process;
            this.port = port;
            this.name = name;
            this.log = log;
        }

        public String name() {
            return name;
        }

        public Path log() {
            return log;
        }

        public String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        /** SIGKILL: no shutdown hook, no graceful stop, open transactions die with the connections. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        public boolean alive() {
            return process.isAlive();
        }

        private void awaitReady(Path readyMarker, Duration patience) {
            Instant giveUp = Instant.now().plus(patience);
            while (!Files.exists(readyMarker)) {
                if (!process.isAlive()) {
                    throw new AssertionError("Node " + name + " exited with " + process.exitValue() + ", see " + log);
                }
                if (Instant.now().isAfter(giveUp)) {
                    process.destroyForcibly();
                    throw new AssertionError("Node " + name + " not ready within " + patience + ", see " + log);
                }
                Polling.pause(Duration.ofMillis(100));
            }
        }

        /** SIGTERM, an orderly shutdown as on a restart or a release; SIGKILL if it takes longer than {@code patience}. */
        public void stop(Duration patience) throws InterruptedException {
            process.destroy();
            if (!process.waitFor(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
