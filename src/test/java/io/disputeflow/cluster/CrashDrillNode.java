package io.disputeflow.cluster;

import io.disputeflow.DisputeFlowApplication;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.onboarding.StoreDirectory;
import io.disputeflow.support.ApplicationNode.NodeProcess;
import io.disputeflow.support.ApplicationNode;
import io.disputeflow.support.Polling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a JVM of its own ({@link ApplicationNode.Launch#startProcess}), for
 * {@link NodeCrashRecoveryTest} to kill with SIGKILL. Camunda's clock
 * runs with the offset written in the drill's clock file and follows changes of the file, so the test can let
 * days pass while the node runs or while it is down; it confirms each change in {@code <name>.clock}. With {@code -Ddrill.setup=true} it registers the drill's
 * store and storefront account. It writes {@code <name>.ready} into the drill folder once it takes requests.
 */
public final class CrashDrillNode {

    static final String STORE = "store-crash";
    static final String STOREFRONT = "crash-shop";
    static final String STOREFRONT_PASSWORD = "crash-shop-secret";

    private CrashDrillNode() {
    }

    /** Starts a drill node on the database at {@code databaseUrl}; {@code setUp} registers store and account. */
    static NodeProcess start(Path folder, String name, String databaseUrl, boolean setUp) throws IOException {
        return ApplicationNode.on(databaseUrl).name(name)
                .admin("admin", "crash-admin-secret")
                .property("logging.level.io.disputeflow", "INFO")
                .property("camunda.bpm.job-execution.max-wait", "2000")
                .property("camunda.bpm.job-execution.max-jobs-per-acquisition", "10")
                .property("disputeflow.evidence.directory", folder.resolve("evidence").toAbsolutePath().toString())
                .startProcess(folder, CrashDrillNode.class, Map.of("drill.folder", folder.toAbsolutePath().toString(),
                        "drill.name", name, "drill.setup", Boolean.toString(setUp)));
    }

    static Path clockFile(Path folder) {
        return folder.resolve("clock-offset-millis");
    }

    static Path appliedClockFile(Path folder, String nodeName) {
        return folder.resolve(nodeName + ".clock");
    }

    /** Camunda's clock of the drill's nodes runs {@code offset} ahead of real time, now and after a restart. */
    static void setClockOffset(Path folder, Duration offset) {
        try {
            Path next = folder.resolve("clock-offset-millis.next");
            Files.writeString(next, Long.toString(offset.toMillis()));
            Files.move(next, clockFile(folder), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the running node's clock to {@code offset} ahead of real time and waits until it has. */
    static void moveClock(Path folder, NodeProcess node, Duration offset) {
        setClockOffset(folder, offset);
        Path applied = appliedClockFile(folder, node.name());
        Polling.until("node " + node.name() + " moves its clock", Duration.ofSeconds(30),
                () -> Long.toString(offset.toMillis()).equals(read(applied)), () -> ", see " + node.log());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return null;
        }
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(System.getProperty("drill.folder"));
        String name = System.getProperty("drill.name");
        Path clockFile = clockFile(folder);
        long offset = readOffset(clockFile);
        ClockUtil.offset(offset);
        ConfigurableApplicationContext app = SpringApplication.run(DisputeFlowApplication.class, args);
        if (Boolean.getBoolean("drill.setup")) {
            setUp(app);
        }
        Path applied = appliedClockFile(folder, name);
        Files.writeString(applied, Long.toString(offset));
        Thread follower = new Thread(() -> followClock(clockFile, applied, offset), "drill-clock");
        follower.setDaemon(true);
        follower.start();
        Files.writeString(folder.resolve(name + ".ready"), "ready");
    }

    private static void setUp(ConfigurableApplicationContext app) {
        app.getBean(StoreDirectory.class).register("crash", "Crash Drill Ltd", STORE, "Crash Drill");
        IdentityService identity = app.getBean(IdentityService.class);
        User shop = identity.newUser(STOREFRONT);
        shop.setPassword(STOREFRONT_PASSWORD);
        identity.saveUser(shop);
        identity.createMembership(STOREFRONT, PlatformGroup.STOREFRONT.id());
    }

    private static void followClock(Path clockFile, Path appliedFile, long applied) {
        while (true) {
            try {
                Thread.sleep(100);
                long offset = readOffset(clockFile);
                if (offset != applied) {
                    ClockUtil.offset(offset);
                    applied = offset;
                    Files.writeString(appliedFile, Long.toString(offset));
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | NumberFormatException e) {
                // the test is rewriting the file: read it again on the next turn
            }
        }
    }

    private static long readOffset(Path clockFile) throws IOException {
        return Long.parseLong(Files.readString(clockFile).trim());
    }
}
