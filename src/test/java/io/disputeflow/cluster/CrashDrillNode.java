package io.disputeflow.cluster;

import io.disputeflow.DisputeFlowApplication;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.onboarding.StoreDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a JVM of its own, for {@link NodeCrashRecoveryTest} to kill with SIGKILL. Camunda's clock
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

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(System.getProperty("drill.folder"));
        String name = System.getProperty("drill.name");
        Path clockFile = NodeProcess.clockFile(folder);
        long offset = readOffset(clockFile);
        ClockUtil.offset(offset);
        ConfigurableApplicationContext app = SpringApplication.run(DisputeFlowApplication.class, args);
        if (Boolean.getBoolean("drill.setup")) {
            setUp(app);
        }
        Path applied = NodeProcess.appliedClockFile(folder, name);
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
