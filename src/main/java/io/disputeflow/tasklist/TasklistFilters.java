package io.disputeflow.tasklist;

import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.identity.StoreTenants;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.store.Store;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, each visible to the groups whose work it holds, and one per store for the store's
 * company. Created once by name; changed or deleted in Tasklist, they stay as people left them.
 *
 * <p>What a filter lists is further narrowed by Camunda's authorizations and tenants: supervisors read every task of
 * their stores (or of every store), agents and arbitrators only the tasks offered to their groups or assigned to
 * them. The filters carry no sort order of their own: Tasklist adds the sort shown in its list header (due date
 * first by default, see {@code app/tasklist/scripts/disputeflow-tasklist.js}) after a filter's own, so a filter's
 * own order would silently win over whatever the header shows.
 */
@Component
public class TasklistFilters {

    // seller agents
    public static final String MY_STORES = "My stores · due first";
    public static final String OVERDUE = "Overdue";
    /** Buyer-care updates: the agent's work while a rejected dispute waits for the buyer's answer. */
    public static final String WAITING_ON_THE_BUYER = "Waiting on the buyer";
    public static final String RETURNS_AWAITING_RECEIPT = "Returns awaiting receipt";
    // store supervisors
    public static final String EVERY_OPEN_TASK_OF_MY_STORES = "Every open task · my stores";
    public static final String OVERDUE_IN_MY_STORES = "Overdue · my stores";
    // arbitrators
    public static final String ARBITRATION_QUEUE = "Arbitration queue";
    public static final String MY_ARBITRATION_CASES = "My arbitration cases";
    // arbitration supervisors
    public static final String OVERDUE_IN_EVERY_STORE = "Overdue · every store";
    public static final String SUPERVISION_QUEUE = "Supervision queue";

    /** The platform's user tasks: intakes, rulings and the arbitration supervisors' own steps. */
    static final String[] ARBITRATION_TASKS = {Tasks.TAKE_UP_ARBITRATION_CASE, Tasks.RULE_ON_DISPUTE,
            Tasks.ASSIGN_OVERDUE_ARBITRATION_CASE, Tasks.RESOLVE_DECLINED_REFUND, Tasks.REVIEW_ABUSE_REPORT};

    private static final List<String> AGENTS = List.of(PlatformGroup.SELLER_AGENTS.id());
    private static final List<String> STORE_SUPERVISORS = List.of(PlatformGroup.STORE_SUPERVISORS.id());
    private static final List<String> ARBITRATORS = List.of(PlatformGroup.ARBITRATORS.id());
    private static final List<String> ARBITRATION_SUPERVISORS = List.of(PlatformGroup.ARBITRATION_SUPERVISORS.id());
    private static final List<String> PLATFORM = List.of(PlatformGroup.ARBITRATORS.id(),
            PlatformGroup.ARBITRATION_SUPERVISORS.id());
    /** Shown on every task card: which store the dispute is of. */
    private static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", Variables.STORE_NAME, "label", "Store"));

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    public void ensureSharedFilters() {
        ensure(MY_STORES, -20, "Open work of my stores (unclaimed and mine), most urgent deadline first",
                mine(), AGENTS);
        ensure(OVERDUE, -15, "My stores' work past its deadline: what the rules do next is in each task's description",
                mine().dueBeforeExpression("${now()}"), AGENTS);
        ensure(WAITING_ON_THE_BUYER, -12, "Disputes waiting for the buyer's answer to a rejection: the buyer-care "
                + "updates to send meanwhile", mine().taskDefinitionKey(Tasks.SEND_BUYER_CARE_UPDATE), AGENTS);
        ensure(RETURNS_AWAITING_RECEIPT, -10, "Returned parcels to confirm (R14-R16); unanswered, the refund is paid",
                tasks.createTaskQuery().taskDefinitionKey(Tasks.CONFIRM_RETURN_RECEIPT), AGENTS);

        ensure(EVERY_OPEN_TASK_OF_MY_STORES, -20, "Every open task of my stores, whoever has it, overdue first",
                tasks.createTaskQuery(), STORE_SUPERVISORS);
        ensure(OVERDUE_IN_MY_STORES, -15, "Every task of my stores past its deadline, whoever has it",
                tasks.createTaskQuery().dueBeforeExpression("${now()}"), STORE_SUPERVISORS);

        ensure(ARBITRATION_QUEUE, -20, "Escalated disputes of every store that no arbitrator has yet (R10, R11)",
                tasks.createTaskQuery().taskCandidateGroup(PlatformGroup.ARBITRATORS.id()), PLATFORM);
        ensure(MY_ARBITRATION_CASES, -15, "The cases assigned to me, most urgent deadline first",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), ARBITRATORS);

        ensure(OVERDUE_IN_EVERY_STORE, -25, "Intakes, rulings and supervision steps of every store past their "
                        + "deadline, whoever has them",
                tasks.createTaskQuery().taskDefinitionKeyIn(ARBITRATION_TASKS).dueBeforeExpression("${now()}"),
                ARBITRATION_SUPERVISORS);
        ensure(SUPERVISION_QUEUE, -10, "Overdue intakes to assign, declined refunds and abuse reports to review",
                mine(), ARBITRATION_SUPERVISORS);
    }

    /**
     * "Store · Aurora Gadgets": every open task of the store, for its company's people. Supervisors see all of them;
     * agents what Camunda lets them see (offered to their group or assigned to them).
     */
    public void ensureStoreFilter(Store store) {
        ensure("Store · " + store.name(), 0, "Open tasks of " + store.name() + ", most urgent deadline first",
                tasks.createTaskQuery().tenantIdIn(store.id()),
                List.of(StoreTenants.companyGroup(store.companyId())));
    }

    /** Tasks assigned to the user or offered to one of the user's groups (unclaimed); tenants limit them to the user's stores. */
    private TaskQuery mine() {
        return tasks.createTaskQuery().or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .endOr();
    }

    private void ensure(String name, int priority, String description, TaskQuery query, List<String> readers) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name).setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "refresh", true,
                        "variables", CARD_VARIABLES));
        filters.saveFilter(filter);
        readers.forEach(group -> {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(group);
            read.setResource(Resources.FILTER);
            read.setResourceId(filter.getId());
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        });
    }
}
