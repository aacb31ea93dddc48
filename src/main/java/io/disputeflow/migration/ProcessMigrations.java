package io.disputeflow.migration;

import io.disputeflow.api.ApiCaller;
import io.disputeflow.api.MoneyJson;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.identity.PeopleNames;
import io.disputeflow.metrics.MoneyAtRisk;
import io.disputeflow.store.Store;
import io.disputeflow.store.Stores;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moving the open disputes of older versions of a process to a target version: first a preview (a dry run of each
 * dispute, see {@link MigrationRehearsal}), then Camunda batches for the disputes that can move.
 */
@Service
class ProcessMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessMigrations.class);

    /** Rules whose deadline pays money directly when it passes: the seller's silence (R2), the unconfirmed return (R15). */
    private static final Set<String> PAYING_RULES = Set.of("R2", "R15");

    private final MigrationPlanning planning;
    private final MigrationRehearsal rehearsal;
    private final MigrationTimeline timeline;
    private final PendingMigrations pending;
    private final DisputeRecords records;
    private final Stores stores;
    private final MoneyAtRisk moneyAtRisk;
    private final PeopleNames people;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProcessMigrations(MigrationPlanning planning, MigrationRehearsal rehearsal, MigrationTimeline timeline,
                      PendingMigrations pending, DisputeRecords records, Stores stores, MoneyAtRisk moneyAtRisk,
                      PeopleNames people, RuntimeService runtime, IdentityService identity,
                      PlatformTransactionManager transactions, Clock clock) {
        this.planning = planning;
        this.rehearsal = rehearsal;
        this.timeline = timeline;
        this.pending = pending;
        this.records = records;
        this.stores = stores;
        this.moneyAtRisk = moneyAtRisk;
        this.people = people;
        this.runtime = runtime;
        this.identity = identity;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** One dispute's dry run, with what the API shows and what the execution needs. */
    private record Rehearsed(MigrationPlanning.RunningInstance instance, MigrationPlan plan, DisputeMove move) {
    }

    MigrationPreview preview(ApiCaller caller, String key, MigrationRequest request) {
        ProcessDefinition target = planning.target(key, request.targetVersion());
        List<Rehearsed> rehearsed = rehearseAll(caller, target, request);
        Instant now = clock.instant();
        return new MigrationPreview(key, MigrationPlanning.nameOf(target), target.getVersion(), now,
                summary(rehearsed, target.getVersion()), rehearsed.stream().map(Rehearsed::move).toList());
    }

    MigrationOutcome execute(ApiCaller caller, String key, MigrationRequest request) {
        ProcessDefinition target = planning.target(key, request.targetVersion());
        List<Rehearsed> rehearsed = rehearseAll(caller, target, request);
        Map<String, List<Rehearsed>> movableBySource = new LinkedHashMap<>();
        List<MigrationOutcome.Moving> moving = new ArrayList<>();
        List<MigrationOutcome.Left> left = new ArrayList<>();
        for (Rehearsed dispute : rehearsed) {
            int version = dispute.instance().definition().getVersion();
            if (dispute.move().canMove()) {
                movableBySource.computeIfAbsent(dispute.instance().definition().getId(), id -> new ArrayList<>())
                        .add(dispute);
                moving.add(new MigrationOutcome.Moving(dispute.move().disputeId(), version));
            } else {
                left.add(new MigrationOutcome.Left(dispute.move().disputeId(), version, dispute.move().whyNot()));
            }
        }
        String name = people.of(caller.userId());
        List<MigrationOutcome.Batch> batches = new ArrayList<>();
        for (List<Rehearsed> group : movableBySource.values()) {
            batches.add(transaction.execute(status -> startBatch(caller, name, target, group)));
        }
        return new MigrationOutcome(key, target.getVersion(), outcomeText(moving.size(), left.size(), batches.size(),
                target.getVersion()), batches, moving, left);
    }

    /** Records who asked for each move, then creates Camunda's batch as the caller, in one transaction. */
    private MigrationOutcome.Batch startBatch(ApiCaller caller, String callerName, ProcessDefinition target,
                                              List<Rehearsed> group) {
        MigrationPlan plan = group.get(0).plan();
        List<String> instanceIds = group.stream().map(dispute -> dispute.instance().id()).toList();
        identity.setAuthentication(caller.userId(), caller.groupIds(), caller.storeIds());
        Batch batch;
        try {
            batch = runtime.newMigration(plan).processInstanceIds(instanceIds).executeAsync();
        } finally {
            identity.clearAuthentication();
        }
        for (Rehearsed dispute : group) {
            pending.record(dispute.instance().id(), dispute.instance().businessKey(), plan.getSourceProcessDefinitionId(),
                    target.getId(), batch.getId(), caller.userId(), callerName);
        }
        return new MigrationOutcome.Batch(batch.getId(), group.get(0).instance().definition().getVersion(),
                group.size());
    }

    private List<Rehearsed> rehearseAll(ApiCaller caller, ProcessDefinition target, MigrationRequest request) {
        List<Rehearsed> rehearsed = new ArrayList<>();
        for (ProcessDefinition source : planning.olderThan(target)) {
            List<MigrationPlanning.RunningInstance> running = planning.running(source).stream()
                    .filter(request::includes)
                    .toList();
            if (running.isEmpty()) {
                continue;
            }
            MigrationPlan plan;
            try {
                plan = planning.plan(source, target);
            } catch (MigrationPlanValidationException unmatched) {
                LOG.info("No migration plan from {} to {}: {}", source.getId(), target.getId(), unmatched.getMessage());
                String reason = MigrationWords.versionsDoNotMatch(source.getVersion(), target.getVersion());
                running.forEach(instance -> rehearsed.add(new Rehearsed(instance, null,
                        move(instance, false, List.of(reason), List.of(), null))));
                continue;
            }
            Set<String> changedTasks = planning.changedTaskDueDates(source.getId(), target.getId());
            for (MigrationPlanning.RunningInstance instance : running) {
                MigrationRehearsal.Rehearsal result = rehearsal.rehearse(caller, plan, instance.id(), changedTasks,
                        target.getVersion());
                List<DueDateShift> shifts = result.canMove() ? timeline.shifts(result.before(), result.after())
                        : List.of();
                rehearsed.add(new Rehearsed(instance, plan, move(instance, result.canMove(), result.whyNot(), shifts,
                        null)));
            }
        }
        if (rehearsed.isEmpty()) {
            throw MigrationRefusal.nothingToMigrate(MigrationPlanning.nameOf(target), target.getVersion());
        }
        return withPayouts(rehearsed);
    }

    private DisputeMove move(MigrationPlanning.RunningInstance instance, boolean canMove, List<String> whyNot,
                             List<DueDateShift> shifts, MoneyJson paysAtOnce) {
        boolean dueAtOnce = shifts.stream().anyMatch(DueDateShift::dueAtOnce);
        return new DisputeMove(instance.businessKey(), storeName(instance), instance.definition().getVersion(),
                waitsIn(instance.id()), canMove, whyNot, canMove ? shifts : null, dueAtOnce, paysAtOnce);
    }

    /** Adds what each dispute that would be due at once pays, from its record (see {@link MoneyAtRisk}). */
    private List<Rehearsed> withPayouts(List<Rehearsed> rehearsed) {
        Map<String, MoneyAtRisk.Amount> atRisk = moneyAtRisk.ofDisputes(disputeIds(rehearsed));
        return rehearsed.stream().map(dispute -> {
            DisputeMove move = dispute.move();
            boolean pays = move.canMove() && move.dueDates().stream()
                    .anyMatch(shift -> shift.dueAtOnce() && PAYING_RULES.contains(shift.rule()));
            MoneyAtRisk.Amount amount = atRisk.get(move.disputeId());
            if (!pays || amount == null) {
                return dispute;
            }
            return new Rehearsed(dispute.instance(), dispute.plan(), new DisputeMove(move.disputeId(),
                    move.storeName(), move.currentVersion(), move.waitsIn(), true, move.whyNot(), move.dueDates(),
                    true, MoneyJson.of(amount.amount(), amount.currency())));
        }).toList();
    }

    private MigrationPreview.Summary summary(List<Rehearsed> rehearsed, int targetVersion) {
        List<DisputeMove> moves = rehearsed.stream().map(Rehearsed::move).toList();
        int canMove = (int) moves.stream().filter(DisputeMove::canMove).count();
        int dueAtOnce = (int) moves.stream().filter(move -> move.canMove() && move.dueAtOnce()).count();
        Map<String, MoneyAtRisk.Amount> atRisk = moneyAtRisk.ofDisputes(disputeIds(rehearsed));
        Map<String, BigDecimal> before = new TreeMap<>();
        Map<String, BigDecimal> paid = new TreeMap<>();
        atRisk.values().forEach(amount -> before.merge(amount.currency(), amount.amount(), BigDecimal::add));
        moves.stream().map(DisputeMove::paysAtOnce).filter(Objects::nonNull)
                .forEach(amount -> paid.merge(amount.currency(), amount.value(), BigDecimal::add));
        Map<String, BigDecimal> after = new TreeMap<>(before);
        paid.forEach((currency, amount) -> after.merge(currency, amount.negate(), BigDecimal::add));
        List<MoneyJson> beforeJson = money(before);
        List<MoneyJson> afterJson = money(after);
        List<MoneyJson> paidJson = money(paid);
        boolean unchanged = beforeJson.equals(afterJson);
        String text = canMove + " of " + moves.size() + " open disputes can move to version " + targetVersion + "; "
                + (dueAtOnce == 0 ? "none would be due at once" : dueAtOnce + " would be due at once and pay "
                + MigrationWords.money(paidJson)) + "; money at risk "
                + (unchanged ? "stays " + MigrationWords.money(beforeJson)
                : "goes from " + MigrationWords.money(beforeJson) + " to " + MigrationWords.money(afterJson));
        return new MigrationPreview.Summary(text, moves.size(), canMove, moves.size() - canMove, dueAtOnce, paidJson,
                new MigrationPreview.MoneyAtRiskChange(beforeJson, afterJson, unchanged));
    }

    private static List<MoneyJson> money(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream().filter(entry -> entry.getValue().signum() > 0)
                .map(entry -> MoneyJson.of(entry.getValue(), entry.getKey())).toList();
    }

    private static List<String> disputeIds(List<Rehearsed> rehearsed) {
        return rehearsed.stream().map(dispute -> dispute.move().disputeId()).filter(Objects::nonNull).distinct()
                .toList();
    }

    private List<String> waitsIn(String processInstanceId) {
        ActivityInstance root = runtime.getActivityInstance(processInstanceId);
        List<String> steps = new ArrayList<>();
        collectLeaves(root, steps);
        return steps.stream().distinct().toList();
    }

    private static void collectLeaves(ActivityInstance instance, List<String> steps) {
        if (instance == null) {
            return;
        }
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
            steps.add(instance.getActivityName() == null ? MigrationWords.unnamed(instance.getActivityId())
                    : instance.getActivityName());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collectLeaves(child, steps);
        }
        for (var transition : instance.getChildTransitionInstances()) {
            steps.add(transition.getActivityName() == null ? MigrationWords.unnamed(transition.getActivityId())
                    : transition.getActivityName());
        }
    }

    private String storeName(MigrationPlanning.RunningInstance instance) {
        Optional<DisputeRecord> dispute = instance.businessKey() == null ? Optional.empty()
                : records.find(instance.businessKey());
        return dispute.flatMap(record -> stores.find(record.storeId())).map(Store::name)
                .orElseGet(() -> dispute.map(DisputeRecord::storeId).orElse(null));
    }

    private static String outcomeText(int moving, int left, int batches, int targetVersion) {
        String moves = moving == 0 ? "No dispute can move to version " + targetVersion
                : moving + (moving == 1 ? " dispute moves" : " disputes move") + " to version " + targetVersion
                + " in " + batches + (batches == 1 ? " batch" : " batches");
        return moves + (left == 0 ? "" : "; " + left + (left == 1 ? " stays where it is" : " stay where they are")
                + " (see left)");
    }
}
