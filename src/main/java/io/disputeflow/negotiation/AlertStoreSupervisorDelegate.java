package io.disputeflow.negotiation;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Tasks;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The seller's answer is about to be missed: the open "Respond to dispute" task now also appears in the
 * store supervisors' inbox, with a higher priority, and the reminder is on the timeline.
 */
@Component("alertStoreSupervisor")
public class AlertStoreSupervisorDelegate implements JavaDelegate {

    static final int URGENT_PRIORITY = 80;

    private final DisputeRecords records;

    public AlertStoreSupervisorDelegate(DisputeRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task respond : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(Tasks.RESPOND_TO_DISPUTE).list()) {
            tasks.addCandidateGroup(respond.getId(), PlatformGroup.STORE_SUPERVISORS.id());
            tasks.setPriority(respond.getId(), Math.max(respond.getPriority(), URGENT_PRIORITY));
        }
        records.appendTimeline(execution.getProcessBusinessKey(), DisputeRecords.SYSTEM, "SUPERVISOR_ALERTED",
                "The seller's answer is due soon; the store supervisors were alerted");
    }
}
