package io.disputeflow.identity;

import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * What each platform group may do in the engine, on every resource of a type ({@code *}). Camunda's tenant
 * check narrows it to the stores (tenants) the user belongs to: an agent reads and works on the tasks of their
 * company's stores only. Candidate groups of a task get their task permission from the engine itself.
 */
final class PlatformGrants {

    record Grant(Resource resource, List<Permission> permissions) {
    }

    /** Definitions and their instances, not their tasks: people see the tasks offered to their groups. */
    private static final Grant READ_DEFINITIONS = new Grant(PROCESS_DEFINITION, List.of(Permissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
    /** Supervisors also see every task of their scope, e.g. in Cockpit. */
    private static final Grant SUPERVISE_DEFINITIONS = new Grant(PROCESS_DEFINITION, List.of(Permissions.READ,
            ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY));
    private static final Grant READ_INSTANCES = new Grant(PROCESS_INSTANCE, List.of(Permissions.READ));
    private static final Grant READ_DECISIONS = new Grant(DECISION_DEFINITION, List.of(Permissions.READ,
            Permissions.READ_HISTORY));
    private static final Grant READ_TASK_HISTORY = new Grant(HISTORIC_TASK, List.of(HistoricTaskPermissions.READ));

    /**
     * Reassigning a task, nothing more: no task variables, no completing another's task, no deleting. Completing the
     * tasks offered to a group comes with the candidate group's own task authorization.
     */
    private static final Grant ASSIGN_TASKS = new Grant(TASK, List.of(Permissions.READ, TaskPermissions.TASK_ASSIGN));

    static final Map<PlatformGroup, List<Grant>> GRANTS = Map.of(
            PlatformGroup.SELLER_AGENTS, List.of(READ_DEFINITIONS, READ_INSTANCES),
            // read their stores' instances, tasks and history, reassign tasks; no variable edit, cancel, modify, suspend
            PlatformGroup.STORE_SUPERVISORS, List.of(SUPERVISE_DEFINITIONS, READ_INSTANCES, READ_DECISIONS,
                    READ_TASK_HISTORY, ASSIGN_TASKS),
            PlatformGroup.ARBITRATORS, List.of(READ_DEFINITIONS, READ_INSTANCES),
            // the same, plus retrying failed jobs (RETRY_JOB, not UPDATE: setting retries is all a retry needs)
            PlatformGroup.ARBITRATION_SUPERVISORS, List.of(
                    new Grant(PROCESS_DEFINITION, List.of(Permissions.READ, ProcessDefinitionPermissions.READ_TASK,
                            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                            ProcessDefinitionPermissions.RETRY_JOB)),
                    new Grant(PROCESS_INSTANCE, List.of(Permissions.READ, ProcessInstancePermissions.RETRY_JOB)),
                    READ_DECISIONS, READ_TASK_HISTORY, ASSIGN_TASKS),
            PlatformGroup.PROCESS_OWNERS, List.of(
                    new Grant(DEPLOYMENT, List.of(Permissions.CREATE, Permissions.READ, Permissions.DELETE)),
                    new Grant(PROCESS_DEFINITION, List.of(Permissions.ALL)),
                    new Grant(DECISION_DEFINITION, List.of(Permissions.ALL)),
                    READ_INSTANCES,
                    // migrating running disputes as a batch (MIGRATE_INSTANCE comes with ALL on the definitions) and
                    // following it in Cockpit's batch view
                    new Grant(BATCH, List.of(BatchPermissions.READ, BatchPermissions.READ_HISTORY,
                            BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES))),
            PlatformGroup.STOREFRONT, List.of());

    private PlatformGrants() {
    }
}
