package io.disputeflow.demo;

import io.disputeflow.onboarding.CompanyRole;
import io.disputeflow.onboarding.NewPerson;
import io.disputeflow.onboarding.StoreDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: onboards the demo companies, their stores and their people through the onboarding service the
 * API uses ({@link StoreDirectory}), and
 * on an empty database plays about forty disputes into every state ({@link DemoDisputes}).
 *
 * <p>It runs while the application context starts, after the process engine has deployed the models and before
 * the embedded web server accepts connections: playing the disputes moves Camunda's JVM-global clock into the
 * past, and no request may see that clock. Camunda's job executor starts later, once the application is ready, so
 * the demo's timers that are due by then fire at real time. Readiness ({@code /actuator/health/readiness})
 * says UP only after that, and only while Camunda's clock is at real time ({@link DemoClockHealthIndicator}).
 * A failing demo fails the start.
 */
@Component
@Profile("demo")
public class DemoMarketplace implements SmartLifecycle {

    /**
     * Below the phase that starts the embedded web server ({@code WebServerStartStopLifecycle}, 1024 below
     * {@link WebServerGracefulShutdownLifecycle#SMART_LIFECYCLE_PHASE}): started before it, stopped after it.
     */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    private static final Logger LOG = LoggerFactory.getLogger(DemoMarketplace.class);

    private final StoreDirectory directory;
    private final DemoDisputes disputes;
    private final JdbcTemplate jdbc;
    private volatile boolean running;

    public DemoMarketplace(StoreDirectory directory, DemoDisputes disputes, JdbcTemplate jdbc) {
        this.directory = directory;
        this.disputes = disputes;
        this.jdbc = jdbc;
    }

    @Override
    public void start() {
        open();
        running = true;
    }

    void open() {
        DemoAccounts.STORES.forEach(store -> {
            directory.createCompany(store.companyId(), store.companyName());
            directory.openStore(store.companyId(), store.id(), store.name());
        });
        DemoAccounts.PEOPLE.stream().filter(person -> person.companyId() != null)
                .forEach(person -> directory.addPerson(person.companyId(), new NewPerson(person.id(),
                        person.firstName(), person.lastName(), person.id() + "@demo.disputeflow.io",
                        CompanyRole.of(person.group())), person.id()));
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM dispute", Integer.class);
        if (existing != null && existing == 0) {
            disputes.play();
        }
        LOG.info("Demo marketplace open; the web server starts next");
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
