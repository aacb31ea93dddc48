package io.disputeflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the application's CPU goes in a measured window, with {@code -Dbenchmark.profile=true}: Java Flight Recorder
 * samples the running threads every 10 ms from {@link #start()} until {@link #write}, which keeps the recording
 * ({@code profile-<name>.jfr}, for JDK Mission Control or {@code jfr print}) and writes its summary
 * ({@code profile-<name>.txt}). Off by default: sampling costs CPU of its own, so a profiled run's CPU figures are
 * not comparable with an unprofiled one's.
 */
final class CpuSamples {

    static final String OPTION = "benchmark.profile";

    private static final int TOP = 15;

    private final boolean enabled;
    private Recording recording;

    CpuSamples(boolean enabled) {
        this.enabled = enabled;
    }

    static CpuSamples fromOptions() {
        return new CpuSamples(Boolean.getBoolean(OPTION));
    }

    /** Starts sampling (a recording still running from an earlier window is dropped). */
    void start() {
        if (!enabled) {
            return;
        }
        discard();
        recording = new Recording();
        recording.setName("benchmark window");
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10)).withStackTrace();
        recording.start();
    }

    /** Stops sampling and writes the recording and its summary; nothing when not sampling. */
    void write(Path directory, String name) {
        if (recording == null) {
            return;
        }
        try {
            recording.stop();
            Files.createDirectories(directory);
            Path jfr = directory.resolve("profile-" + name + ".jfr");
            recording.dump(jfr);
            Files.writeString(directory.resolve("profile-" + name + ".txt"), summary(jfr));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CPU samples of " + name, e);
        } finally {
            discard();
        }
    }

    private void discard() {
        if (recording != null) {
            recording.close();
            recording = null;
        }
    }

    /**
     * The samples per thread group (requests, job executor, the rest), and for each group: the innermost frame of
     * DisputeFlow's code on the stack (what of ours is running, or what ours called into), the Camunda method whose
     * query was being run or mapped, and the method on top of the stack.
     */
    static String summary(Path jfr) throws IOException {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (String group : List.of(Group.REQUESTS, Group.JOBS, Group.OTHER)) {
            groups.put(group, new Group());
        }
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                continue;
            }
            String thread = event.getThread("sampledThread") == null ? ""
                    : String.valueOf(event.getThread("sampledThread").getJavaName());
            List<String> frames = event.getStackTrace().getFrames().stream().map(CpuSamples::method).toList();
            groups.get(Group.of(thread, frames)).add(frames);
        }
        StringBuilder out = new StringBuilder("CPU samples (JFR, every 10 ms) of the measured window; shares of the "
                + "group's samples\n");
        groups.forEach((name, group) -> group.appendTo(out, name));
        return out.toString();
    }

    private static final class Group {

        static final String REQUESTS = "request threads (http-nio-*)";
        static final String JOBS = "job executor threads (a job's or the acquisition's stack)";
        static final String OTHER = "other threads";
        static final String OUR_PACKAGE = "io.disputeflow.";
        static final String JOB_EXECUTOR_PACKAGE = "org.camunda.bpm.engine.impl.jobexecutor.";
        /** Every query of the engine's entity manager goes through one of its select methods. */
        static final String CAMUNDA_QUERY = "org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager.select";

        private int samples;
        private final Map<String, Integer> ours = new HashMap<>();
        private final Map<String, Integer> queries = new HashMap<>();
        private final Map<String, Integer> top = new HashMap<>();

        /** Job threads by name (the application's) or by stack (a bare engine's pool names them as any pool). */
        static String of(String thread, List<String> frames) {
            if (thread.startsWith("http-nio")) {
                return REQUESTS;
            }
            return thread.startsWith("camundaTaskExecutor") || thread.startsWith("JobExecutor[")
                    || frames.stream().anyMatch(frame -> frame.startsWith(JOB_EXECUTOR_PACKAGE)) ? JOBS : OTHER;
        }

        /** One sample's stack, innermost method first. */
        void add(List<String> frames) {
            if (frames.isEmpty()) {
                return;
            }
            samples++;
            top.merge(frames.get(0), 1, Integer::sum);
            ours.merge(frames.stream().filter(frame -> frame.startsWith(OUR_PACKAGE))
                    .findFirst().orElse("(no DisputeFlow frame)"), 1, Integer::sum);
            String query = queryCaller(frames);
            if (query != null) {
                queries.merge(query, 1, Integer::sum);
            }
        }

        /** The Camunda method that asked for the outermost query on the stack, or null when none runs. */
        private static String queryCaller(List<String> frames) {
            int outermost = -1;
            for (int i = 0; i < frames.size(); i++) {
                if (frames.get(i).startsWith(CAMUNDA_QUERY)) {
                    outermost = i;
                }
            }
            if (outermost < 0) {
                return null;
            }
            for (int i = outermost + 1; i < frames.size(); i++) {
                String caller = frames.get(i);
                if (!caller.contains("DbEntityManager") && !caller.contains("$Proxy")) {
                    return caller;
                }
            }
            return null;
        }

        void appendTo(StringBuilder out, String name) {
            out.append(String.format(Locale.ROOT, "%n== %s: %d samples%n", name, samples));
            if (samples == 0) {
                return;
            }
            appendTop(out, "innermost DisputeFlow frame", ours);
            appendTop(out, "Camunda queries (run or mapped), by the method asking", queries);
            appendTop(out, "top of the stack", top);
        }

        private void appendTop(StringBuilder out, String title, Map<String, Integer> counts) {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.format(Locale.ROOT, "-- %s (%.1f%% of the samples)%n", title, 100.0 * total / samples));
            List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
            sorted.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
            sorted.stream().limit(TOP).forEach(entry -> out.append(String.format(Locale.ROOT, "%6.1f%%  %s%n",
                    100.0 * entry.getValue() / samples, entry.getKey())));
        }
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName().replace('/', '.') + "." + frame.getMethod().getName();
    }
}
