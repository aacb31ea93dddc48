package io.disputeflow.tasklist;

import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.identity.StoreTenants;
import io.disputeflow.process.ProcessModel.Tasks;
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
 * The shared Tasklist filters: "My stores · due first", "Overdue", "Returns awaiting receipt", "Arbitration
 * queue", and one per store. Created once by name; changed or deleted in Tasklist, they stay as people left them.
 */
@Component
public class TasklistFilters {

    public static final String MY_STORES = "My stores · due first";
    public static final String OVERDUE = "Overdue";
    public static final String RETURNS_AWAITING_RECEIPT = "Returns awaiting receipt";
    public static final String ARBITRATION_QUEUE = "Arbitration queue";

    private static final List<String> EVERYONE = List.of(PlatformGroup.SELLER_AGENTS.id(),
            PlatformGroup.STORE_SUPERVISORS.id(), PlatformGroup.ARBITRATORS.id(),
            PlatformGroup.ARBITRATION_SUPERVISORS.id());
    private static final List<String> SELLERS = List.of(PlatformGroup.SELLER_AGENTS.id(),
            PlatformGroup.STORE_SUPERVISORS.id());
    private static final List<String> PLATFORM = List.of(PlatformGroup.ARBITRATORS.id(),
            PlatformGroup.ARBITRATION_SUPERVISORS.id());

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    public void ensureSharedFilters() {
        ensure(MY_STORES, -20, "Open work of my stores and groups (unclaimed and mine), most urgent deadline first",
                mine().orderByDueDate().asc(), EVERYONE);
        ensure(OVERDUE, -15, "Tasks past their deadline: what the rules do next is in each task's description",
                mine().dueBeforeExpression("${now()}").orderByDueDate().asc(), EVERYONE);
        ensure(RETURNS_AWAITING_RECEIPT, -10, "Returned parcels to confirm (R14-R16); unanswered, the refund is paid",
                mine().taskDefinitionKey(Tasks.CONFIRM_RETURN_RECEIPT).orderByDueDate().asc(), SELLERS);
        ensure(ARBITRATION_QUEUE, -10, "Escalated disputes of every store waiting for the platform (R10, R11)",
                tasks.createTaskQuery().taskCandidateGroupIn(PLATFORM).includeAssignedTasks().orderByDueDate().asc(),
                PLATFORM);
    }

    /** "Store · Aurora Gadgets": the store's open work, for its company's people. */
    public void ensureStoreFilter(Store store) {
        ensure("Store · " + store.name(), 0, "Open tasks of " + store.name() + ", most urgent deadline first",
                mine().tenantIdIn(store.id()).orderByDueDate().asc(),
                List.of(StoreTenants.companyGroup(store.companyId())));
    }

    /** Tasks assigned to the user or offered to one of the user's groups; tenants limit them to the user's stores. */
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
                .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
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
