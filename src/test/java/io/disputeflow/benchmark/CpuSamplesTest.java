package io.disputeflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuSamplesTest {

    private static volatile double sink;

    @TempDir
    Path directory;

    @Test
    void summaryNamesTheMethodOfOursThatAJobThreadRan() throws Exception {
        CpuSamples samples = new CpuSamples(true);
        samples.start();
        Thread job = new Thread(CpuSamplesTest::spin, "camundaTaskExecutor-1");
        job.start();
        job.join();
        samples.write(directory, "spin");

        assertThat(directory.resolve("profile-spin.jfr")).isNotEmptyFile();
        String summary = Files.readString(directory.resolve("profile-spin.txt"));
        Matcher jobs = Pattern.compile("== job executor threads[^:]*: (\\d+) samples").matcher(summary);
        assertThat(jobs.find()).as(summary).isTrue();
        assertThat(Integer.parseInt(jobs.group(1))).as(summary).isPositive();
        String jobSection = summary.substring(jobs.start(), summary.indexOf("== other threads"));
        assertThat(jobSection).contains("io.disputeflow.benchmark.CpuSamplesTest.spin");
    }

    @Test
    void withoutTheOptionNothingIsSampledOrWritten() throws Exception {
        CpuSamples samples = new CpuSamples(false);
        samples.start();
        samples.write(directory, "off");

        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    /**
     * Busy for 1.5 s of this thread's own CPU time, however long a loaded machine takes to give it that: the sampler
     * sees only threads that run (a 0.4 s wall-clock spin got no sample on a busy CI machine).
     */
    private static void spin() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + 1_500_000_000L;
        double x = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                x += Math.sqrt(x + 1);
            }
        }
        sink = x;
    }
}
