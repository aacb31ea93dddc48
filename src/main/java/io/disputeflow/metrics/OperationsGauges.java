package io.disputeflow.metrics;

import io.disputeflow.dispute.DisputeOpened;
import io.disputeflow.dispute.DisputeStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the operations team watches, read from the database on each scrape (counts on indexed columns): open
 * disputes by status, the job executor's backlog, jobs that ran out of retries, open incidents, and the money at risk
 * per currency ({@link MoneyAtRisk}: what pending automatic outcomes would refund), one gauge for each currency
 * disputes are opened in.
 */
@Component
public class OperationsGauges implements MeterBinder {

    static final String OPEN_DISPUTES = "disputeflow.disputes.open";
    static final String JOB_BACKLOG = "disputeflow.jobs.backlog";
    static final String FAILED_JOBS = "disputeflow.jobs.failed";
    static final String OPEN_INCIDENTS = "disputeflow.incidents.open";
    static final String MONEY_AT_RISK = "disputeflow.money.at.risk";

    /**
     * Jobs the executor could run now but has not picked up: the engine's own acquisition condition. The job query
     * of the API cannot leave out locked jobs, hence SQL.
     */
    private static final String DUE_AND_UNLOCKED = """
            SELECT count(*) FROM ACT_RU_JOB
            WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?)
              AND (LOCK_OWNER_ IS NULL OR LOCK_EXP_TIME_ < ?)""";

    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final Clock clock;
    private final MoneyAtRisk moneyAtRisk;
    private final Set<String> watchedCurrencies = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;

    public OperationsGauges(JdbcTemplate jdbc, ManagementService management, RuntimeService runtime, Clock clock,
                            MoneyAtRisk moneyAtRisk) {
        this.jdbc = jdbc;
        this.management = management;
        this.runtime = runtime;
        this.clock = clock;
        this.moneyAtRisk = moneyAtRisk;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Arrays.stream(DisputeStatus.values()).filter(status -> !status.isClosed()).forEach(status ->
                Gauge.builder(OPEN_DISPUTES, () -> openDisputes(status)).description("Open disputes, by status")
                        .tag("status", status.name()).register(registry));
        Gauge.builder(JOB_BACKLOG, this::dueUnlockedJobs)
                .description("Jobs due now that no job executor has locked").register(registry);
        Gauge.builder(FAILED_JOBS, () -> management.createJobQuery().noRetriesLeft().count())
                .description("Jobs without retries left (each has an incident)").register(registry);
        Gauge.builder(OPEN_INCIDENTS, () -> runtime.createIncidentQuery().count())
                .description("Open incidents").register(registry);
        this.registry = registry;
        jdbc.queryForList("SELECT DISTINCT currency FROM dispute", String.class).forEach(this::watchCurrency);
    }

    /** A dispute in a currency not seen before gets its money-at-risk gauge. */
    @TransactionalEventListener(fallbackExecution = true)
    void onOpened(DisputeOpened opened) {
        watchCurrency(opened.currency());
    }

    private void watchCurrency(String currency) {
        MeterRegistry bound = registry;
        if (bound != null && watchedCurrencies.add(currency)) {
            Gauge.builder(MONEY_AT_RISK, () -> moneyAtRisk.total(currency))
                    .description("What pending automatic outcomes (R2 seller silent, R15 receipt not confirmed) would "
                            + "refund, in the currency's units").tag("currency", currency).register(bound);
        }
    }

    private long openDisputes(DisputeStatus status) {
        return jdbc.queryForObject("SELECT count(*) FROM dispute WHERE status = ?", Long.class, status.name());
    }

    private long dueUnlockedJobs() {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.queryForObject(DUE_AND_UNLOCKED, Long.class, now, now);
    }
}
