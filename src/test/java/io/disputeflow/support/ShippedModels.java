package io.disputeflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Deploys every model of {@code processes/} and form of {@code forms/} as one deployment, as a process owner does
 * from Modeler, with a change made to {@code DisputeResolution.bpmn} (e.g. the seller's P5D to P7D).
 */
public final class ShippedModels {

    public static final String DISPUTE_RESOLUTION_FILE = "DisputeResolution.bpmn";

    private ShippedModels() {
    }

    /** The deployment's id; delete it with cascade when the test is done. */
    public static String deployWith(RepositoryService repository, String name, UnaryOperator<String> change) {
        DeploymentBuilder deployment = repository.createDeployment().name(name);
        for (String folder : List.of("processes", "forms")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.sorted().toList()) {
                    String content = Files.readString(file, StandardCharsets.UTF_8);
                    if (file.getFileName().toString().equals(DISPUTE_RESOLUTION_FILE)) {
                        String changed = change.apply(content);
                        assertThat(changed).as("the change applies").isNotEqualTo(content);
                        content = changed;
                    }
                    deployment.addString(file.getFileName().toString(), content);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return deployment.deploy().getId();
    }

    /** The seller's five days (R2) become seven, in the timer, the task's due date and the timer's name. */
    public static String sellerAnswersInSevenDays(String bpmn) {
        return bpmn.replace("'P5D')}", "'P7D')}").replace("5 days without answer", "7 days without answer");
    }
}
