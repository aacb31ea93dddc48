package io.disputeflow.supervision;

import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.metrics.MoneyAtRisk;
import io.disputeflow.metrics.Quarter;
import io.disputeflow.metrics.ServiceLevel;
import io.disputeflow.metrics.ServiceLevels;
import io.disputeflow.metrics.MoneyAtRisk.Amount;
import io.disputeflow.metrics.MoneyAtRisk.Exposure;
import io.disputeflow.process.DisputeProcesses;
import io.disputeflow.process.DisputeProcesses.DisputeDeadline;
import io.disputeflow.store.Store;
import io.disputeflow.store.Stores;
import io.disputeflow.supervision.SupervisionView.DeadlineRow;
import io.disputeflow.supervision.SupervisionView.DisputeRate;
import io.disputeflow.supervision.SupervisionView.IncidentRow;
import io.disputeflow.supervision.SupervisionView.IntakeQueue;
import io.disputeflow.supervision.SupervisionView.Money;
import io.disputeflow.supervision.SupervisionView.RiskShare;
import io.disputeflow.supervision.SupervisionView.StatusCount;
import io.disputeflow.supervision.SupervisionView.StoreFigures;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Builds the supervisors' overview from the dispute record and what is running (deadlines, incidents, intakes). */
@Service
public class SupervisionOverview {

    /** The most deadlines one overview lists; the soonest come first. */
    static final int MAX_DEADLINES = 200;

    private final JdbcTemplate jdbc;
    private final Stores stores;
    private final MoneyAtRisk moneyAtRisk;
    private final DisputeProcesses processes;
    private final Clock clock;
    private final ServiceLevels serviceLevels;

    public SupervisionOverview(JdbcTemplate jdbc, Stores stores, MoneyAtRisk moneyAtRisk, DisputeProcesses processes,
                               Clock clock, ServiceLevels serviceLevels) {
        this.serviceLevels = serviceLevels;
        this.jdbc = jdbc;
        this.stores = stores;
        this.moneyAtRisk = moneyAtRisk;
        this.processes = processes;
        this.clock = clock;
    }

    /** The overview of these stores, or of every store for {@code null}. */
    public SupervisionView of(Collection<String> storeIds, String scope) {
        Map<String, String> companyNames = new HashMap<>();
        Instant now = clock.instant();
        Quarter quarter = Quarter.of(now);
        List<Store> scoped = stores.all().stream()
                .filter(store -> storeIds == null || storeIds.contains(store.id())).toList();
        Map<String, String> names = scoped.stream()
                .collect(Collectors.toMap(Store::id, Store::name, (a, b) -> a, TreeMap::new));
        Map<String, String> companies = new HashMap<>();
        scoped.forEach(store -> companies.put(store.id(), companyNames.computeIfAbsent(store.companyId(),
                stores::companyName)));
        List<Exposure> exposures = storeIds == null ? moneyAtRisk.all() : moneyAtRisk.ofStores(storeIds);
        Map<String, List<StatusCount>> open = openByStatus(names.keySet());
        List<StoreFigures> figures = names.entrySet().stream().map(store -> {
            List<StatusCount> counts = open.getOrDefault(store.getKey(), List.of());
            return new StoreFigures(companies.get(store.getKey()), store.getKey(), store.getValue(),
                    counts.stream().mapToInt(StatusCount::disputes).sum(), counts,
                    exposures.stream().filter(exposure -> exposure.storeId().equals(store.getKey()))
                            .map(exposure -> new RiskShare(exposure.rule(), exposure.otherwise(), exposure.disputes(),
                                    exposure.currency(), exposure.amount())).toList(),
                    disputeRate(store.getKey(), quarter));
        }).sorted(Comparator.comparing(StoreFigures::companyName).thenComparing(StoreFigures::storeName)).toList();
        Map<String, BigDecimal> totals = new TreeMap<>();
        exposures.forEach(exposure -> totals.merge(exposure.currency(), exposure.amount(), BigDecimal::add));
        List<DisputeDeadline> due = processes.deadlinesDueBefore(storeIds, now.plus(Duration.ofDays(1)), MAX_DEADLINES);
        Map<String, Amount> atRisk = moneyAtRisk.ofDisputes(due.stream().map(DisputeDeadline::disputeId)
                .collect(Collectors.toSet()));
        List<DeadlineRow> overdue = new ArrayList<>();
        List<DeadlineRow> dueSoon = new ArrayList<>();
        for (DisputeDeadline deadline : due) {
            Amount amount = automaticRefund(deadline) ? atRisk.get(deadline.disputeId()) : null;
            DeadlineRow row = new DeadlineRow(deadline.disputeId(), deadline.processInstanceId(), deadline.storeId(),
                    names.getOrDefault(deadline.storeId(), deadline.storeId()), deadline.deadline().what(),
                    deadline.deadline().dueAt(), deadline.deadline().rule(), deadline.deadline().otherwise(),
                    amount == null ? null : new Money(amount.currency(), amount.amount()));
            (deadline.deadline().dueAt().isAfter(now) ? dueSoon : overdue).add(row);
        }
        List<IncidentRow> incidents = processes.incidents(storeIds, MAX_DEADLINES).stream()
                .map(incident -> new IncidentRow(incident.disputeId(), incident.processInstanceId(),
                        names.getOrDefault(incident.storeId(), incident.storeId()), incident.step(), incident.message(),
                        incident.since())).toList();
        DisputeProcesses.IntakeQueue queue = processes.intakeQueue(storeIds);
        return new SupervisionView(now, scope, figures,
                totals.entrySet().stream().map(total -> new Money(total.getKey(), total.getValue())).toList(),
                overdue, dueSoon, incidents, new IntakeQueue(queue.cases(), queue.oldestSince()));
    }

    private DisputeRate disputeRate(String storeId, Quarter quarter) {
        ServiceLevel level = serviceLevels.of(storeId, quarter);
        return new DisputeRate(level.quarter(), level.countedTowardRate(), level.orders(), level.disputeRate(),
                level.orderVolumes());
    }

    /** Only the seller's silence (R2) and the receipt's (R15) refund automatically. */
    private static boolean automaticRefund(DisputeDeadline deadline) {
        return "R2".equals(deadline.deadline().rule()) || "R15".equals(deadline.deadline().rule());
    }

    private Map<String, List<StatusCount>> openByStatus(Collection<String> storeIds) {
        Map<String, List<StatusCount>> counts = new LinkedHashMap<>();
        if (storeIds.isEmpty()) {
            return counts;
        }
        jdbc.query("SELECT store_id, status, count(*) AS disputes FROM dispute WHERE closed_at IS NULL AND store_id IN ("
                        + storeIds.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")"
                        + " GROUP BY store_id, status ORDER BY store_id, status",
                row -> {
                    DisputeStatus status = DisputeStatus.valueOf(row.getString("status"));
                    counts.computeIfAbsent(row.getString("store_id"), store -> new ArrayList<>())
                            .add(new StatusCount(status.name(), status.label(), row.getInt("disputes")));
                }, storeIds.toArray());
        return counts;
    }
}
