package io.disputeflow.deployment;

import io.disputeflow.DisputeFlowApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;

/**
 * The application in a JVM of its own, as {@code java -jar} runs it, for tests that restart it on the same database
 * (a second application inside the test JVM would take over the webapps' and /engine-rest's engine lookup). It writes
 * {@code <node.folder>/<node.name>.ready} once it takes requests.
 */
public final class RestartNode {

    private RestartNode() {
    }

    public static void main(String[] args) throws IOException {
        SpringApplication.run(DisputeFlowApplication.class, args);
        Path folder = Path.of(System.getProperty("node.folder"));
        Files.writeString(folder.resolve(System.getProperty("node.name") + ".ready"), "ready");
    }
}
