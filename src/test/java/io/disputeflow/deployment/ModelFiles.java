package io.disputeflow.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a process owner has open in Camunda Modeler: every model of {@code processes/} and every form of
 * {@code forms/} of this repository, read from the files (not the classpath copies the application deploys itself).
 */
public final class ModelFiles {

    /** The file the owner deploys from; the others go along as Modeler's "additional files". */
    public static final String MAIN_DIAGRAM = "DisputeResolution.bpmn";

    public record ModelFile(String name, byte[] content) {

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final List<ModelFile> files;

    private ModelFiles(List<ModelFile> files) {
        this.files = List.copyOf(files);
    }

    /** The files as this commit ships them. */
    public static ModelFiles shipped() {
        List<ModelFile> files = new ArrayList<>();
        read(Path.of("processes"), files);
        read(Path.of("forms"), files);
        return new ModelFiles(files);
    }

    /**
     * The owner's small, valid change to every file: each process and decision gets the version tag {@code tag},
     * each form a {@code versionTag} property of that value. Ids, names, timers and fields stay as they are.
     */
    public ModelFiles withVersionTag(String tag) {
        return new ModelFiles(files.stream().map(file -> new ModelFile(file.name(), tagged(file, tag)
                .getBytes(StandardCharsets.UTF_8))).toList());
    }

    /** The diagram first, then the additional files, in the order Modeler's request carries them. */
    public List<ModelFile> inRequestOrder() {
        List<ModelFile> ordered = new ArrayList<>();
        files.stream().filter(file -> file.name().equals(MAIN_DIAGRAM)).forEach(ordered::add);
        files.stream().filter(file -> !file.name().equals(MAIN_DIAGRAM)).forEach(ordered::add);
        return ordered;
    }

    public List<String> names() {
        return files.stream().map(ModelFile::name).toList();
    }

    public ModelFile file(String name) {
        return files.stream().filter(file -> file.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No model file " + name));
    }

    private static String tagged(ModelFile file, String tag) {
        String text = file.text();
        String changed;
        if (file.name().endsWith(".bpmn")) {
            changed = text.replaceAll("<bpmn:process ", "<bpmn:process camunda:versionTag=\"" + tag + "\" ");
        } else if (file.name().endsWith(".dmn")) {
            changed = text.replaceAll("<decision ", "<decision camunda:versionTag=\"" + tag + "\" ");
        } else {
            changed = text.replaceFirst("\\{", "{\n  \"versionTag\": \"" + tag + "\",");
        }
        if (changed.equals(text)) {
            throw new IllegalStateException("Could not tag " + file.name());
        }
        return changed;
    }

    private static void read(Path folder, List<ModelFile> files) {
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(ModelFiles::isDeployable).sorted().toList()) {
                files.add(new ModelFile(path.getFileName().toString(), Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model files in " + folder.toAbsolutePath(), e);
        }
    }

    private static boolean isDeployable(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form");
    }
}
