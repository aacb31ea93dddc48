package io.disputeflow.migration;

import io.disputeflow.api.ApiCaller;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dry run of Camunda's own migration for one process instance, in a transaction that is always rolled back: the
 * engine validates and moves the instance exactly as the batch will (as the caller, so Camunda's authorization and
 * tenant checks apply), the task due dates are fixed as after a real move, the new due dates are read, and nothing
 * stays. Camunda's validation report says why an instance cannot move.
 */
@Component
class MigrationRehearsal {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRehearsal.class);

    /** What the dry run found: the due dates before and after, or why the instance cannot move. */
    record Rehearsal(boolean canMove, List<String> whyNot, InstanceDueDates.Snapshot before,
                     InstanceDueDates.Snapshot after) {
    }

    private final TransactionTemplate rolledBack;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final InstanceDueDates dueDates;
    private final TaskDueDates taskDueDates;
    private final MigrationPlanning planning;

    MigrationRehearsal(PlatformTransactionManager transactions, RuntimeService runtime, IdentityService identity,
                       InstanceDueDates dueDates, TaskDueDates taskDueDates, MigrationPlanning planning) {
        this.rolledBack = new TransactionTemplate(transactions);
        this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.runtime = runtime;
        this.identity = identity;
        this.dueDates = dueDates;
        this.taskDueDates = taskDueDates;
        this.planning = planning;
    }

    Rehearsal rehearse(ApiCaller caller, MigrationPlan plan, String processInstanceId, Set<String> changedTasks,
                       int targetVersion) {
        return rolledBack.execute(status -> {
            status.setRollbackOnly();
            InstanceDueDates.Snapshot before = dueDates.of(processInstanceId);
            try {
                asCaller(caller, () -> runtime.newMigration(plan).processInstanceIds(processInstanceId).execute());
            } catch (MigratingProcessInstanceValidationException refused) {
                return refused(before, reasons(refused.getValidationReport(), plan, targetVersion));
            } catch (AuthorizationException refused) {
                return refused(before, List.of(MigrationWords.notAllowed()));
            } catch (ProcessEngineException refused) {
                LOG.info("Dry run: Camunda refused to migrate process instance {}: {}", processInstanceId,
                        refused.getMessage());
                boolean tenant = refused.getMessage() != null && refused.getMessage().contains("tenant");
                return refused(before, List.of(tenant ? MigrationWords.notAllowed()
                        : MigrationWords.engineRefused(targetVersion)));
            }
            taskDueDates.reevaluate(processInstanceId, changedTasks);
            return new Rehearsal(true, List.of(), before, dueDates.of(processInstanceId));
        });
    }

    private void asCaller(ApiCaller caller, Runnable action) {
        identity.setAuthentication(caller.userId(), caller.groupIds(), caller.storeIds());
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Rehearsal refused(InstanceDueDates.Snapshot before, List<String> reasons) {
        return new Rehearsal(false, reasons, before, null);
    }

    private List<String> reasons(MigratingProcessInstanceValidationReport report, MigrationPlan plan,
                                 int targetVersion) {
        Set<String> reasons = new LinkedHashSet<>();
        String source = plan.getSourceProcessDefinitionId();
        String target = plan.getTargetProcessDefinitionId();
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            LOG.info("Dry run: {} cannot move from {}: {}", report.getProcessInstanceId(), activity.getSourceScopeId(),
                    activity.getFailures());
            reasons.add(waitsIn(source, target, activity.getSourceScopeId(), targetVersion));
        }
        for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
            LOG.info("Dry run: {} cannot move from {}: {}", report.getProcessInstanceId(),
                    transition.getSourceScopeId(), transition.getFailures());
            reasons.add(MigrationWords.aboutToRun(step(source, transition.getSourceScopeId()), targetVersion));
        }
        if (reasons.isEmpty()) {
            LOG.info("Dry run: {} cannot move: {}", report.getProcessInstanceId(), report.getFailures());
            reasons.add(MigrationWords.engineRefused(targetVersion));
        }
        return new ArrayList<>(reasons);
    }

    private String waitsIn(String source, String target, String activityId, int targetVersion) {
        String step = step(source, activityId);
        if (planning.elementName(target, activityId).isEmpty()) {
            return MigrationWords.stepGone(step, targetVersion, planning.hasElementNamed(target, step));
        }
        return MigrationWords.stepIncompatible(step, targetVersion);
    }

    private String step(String definitionId, String activityId) {
        return planning.elementName(definitionId, activityId).orElse(MigrationWords.unnamed(activityId));
    }
}
