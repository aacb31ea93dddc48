package io.disputeflow.migration;

import io.disputeflow.dispute.Deadline;
import io.disputeflow.process.DeadlineMeanings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The due dates of one process instance right now: its timers (deadlines, named by the deadline catalog or by the
 * model) and its user tasks. Inside a running command it reads the command's own view of the instance.
 */
@Component
class InstanceDueDates {

    /** The due dates and the definition the instance's timers and tasks belong to (null when it has none). */
    record Snapshot(String definitionId, List<DueDate> dueDates) {

        Map<String, DueDate> byKey() {
            Map<String, DueDate> byKey = new HashMap<>();
            dueDates.forEach(dueDate -> byKey.put(dueDate.key(), dueDate));
            return byKey;
        }
    }

    private final ManagementService management;
    private final TaskService tasks;
    private final MigrationPlanning planning;

    InstanceDueDates(ManagementService management, TaskService tasks, MigrationPlanning planning) {
        this.management = management;
        this.tasks = tasks;
        this.planning = planning;
    }

    Snapshot of(String processInstanceId) {
        List<DueDate> dueDates = new ArrayList<>();
        String definitionId = null;
        Map<String, String> activityOfJobDefinition = new HashMap<>();
        for (Job timer : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            definitionId = timer.getProcessDefinitionId();
            String activityId = activityOfJobDefinition.computeIfAbsent(timer.getJobDefinitionId(), this::activityOf);
            if (activityId == null || timer.getDuedate() == null) {
                continue;
            }
            Optional<Deadline> meaning = DeadlineMeanings.of(activityId, timer.getDuedate().toInstant());
            String what = meaning.map(Deadline::what)
                    .orElseGet(() -> planning.elementName(timer.getProcessDefinitionId(), activityId).orElse(activityId));
            dueDates.add(new DueDate(DueDate.Kind.DEADLINE, activityId, what, meaning.map(Deadline::rule).orElse(null),
                    timer.getDuedate().toInstant()));
        }
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            definitionId = task.getProcessDefinitionId();
            // the step's name in the model: a task's own name may carry the case (listeners name tasks per dispute)
            String step = planning.elementName(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                    .orElse(task.getName());
            dueDates.add(new DueDate(DueDate.Kind.TASK, task.getTaskDefinitionKey(), "'" + step + "' task",
                    null, task.getDueDate() == null ? null : task.getDueDate().toInstant()));
        }
        return new Snapshot(definitionId, List.copyOf(dueDates));
    }

    private String activityOf(String jobDefinitionId) {
        if (jobDefinitionId == null) {
            return null;
        }
        JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(jobDefinitionId)
                .singleResult();
        return definition == null ? null : definition.getActivityId();
    }
}
