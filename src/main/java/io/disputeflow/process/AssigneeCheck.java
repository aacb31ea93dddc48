package io.disputeflow.process;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Refuses to give a dispute's task to someone who could not open it: a name that is no account (a typo in an API
 * call) or a person who does not work for the task's store. Camunda accepts any name; the task
 * would then vanish from every agent's list while its deadline runs on. Handing a task back is always allowed;
 * administrators may take any task.
 */
final class AssigneeCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return;
        }
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) task.getProcessEngine().getProcessEngineConfiguration();
        IdentityService identity = task.getProcessEngine().getIdentityService();
        EngineReads reads = new EngineReads(task.getProcessEngine());
        String store = task.getTenantId();
        boolean known = reads.unrestricted(() -> identity.createUserQuery().userId(assignee).count()) > 0;
        if (!known || store != null && !isAdministrator(reads, identity, configuration, assignee)
                && reads.unrestricted(() -> identity.createTenantQuery().userMember(assignee)
                        .includingGroupsOfUser(true).tenantId(store).count()) == 0) {
            // one answer for both: another company's accounts are not for this company to find out about
            throw new TaskAssigneeRefused("\"" + assignee + "\" is not a colleague who works on this store's "
                    + "disputes: the task would disappear from everyone's list. Enter the user name of a colleague of "
                    + "the store's company.");
        }
    }

    private static boolean isAdministrator(EngineReads reads, IdentityService identity,
                                           ProcessEngineConfigurationImpl configuration, String userId) {
        List<String> groups = configuration.getAdminGroups();
        if (configuration.getAdminUsers() != null && configuration.getAdminUsers().contains(userId)) {
            return true;
        }
        return groups != null && !groups.isEmpty() && reads.unrestricted(() -> identity.createGroupQuery()
                .groupMember(userId).groupIdIn(groups.toArray(String[]::new)).count()) > 0;
    }
}
