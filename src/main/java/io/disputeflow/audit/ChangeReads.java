package io.disputeflow.audit;

import io.disputeflow.audit.EngineChange.Scope;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.EngineReads;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * What the audit needs to know about the engine's state before and after a change: which dispute a process instance
 * belongs to, variable values, where the process stands, a job's step. Read without the caller's authorizations (the
 * engine itself decides whether the change is allowed; these reads only describe it) and in the caller's transaction,
 * so that after the change they see it before it is committed.
 */
@Component
class ChangeReads {

    private final ProcessEngine engine;
    private final DisputeRecords records;
    private final EngineReads unrestricted;

    ChangeReads(ProcessEngine engine, DisputeRecords records, EngineReads unrestricted) {
        this.engine = engine;
        this.records = records;
        this.unrestricted = unrestricted;
    }

    /** A job's process instance and step. */
    record JobFacts(String processInstanceId, String step, boolean timer, int retries, Date dueDate,
                    boolean suspended) {
    }

    <T> T read(Supplier<T> reads) {
        return unrestricted.unrestricted(reads);
    }

    /** The process instance a variable scope belongs to, if it still runs. */
    Optional<String> processInstanceOf(Scope scope) {
        return switch (scope.type()) {
            case PROCESS_INSTANCE -> Optional.of(scope.id());
            case EXECUTION -> Optional.ofNullable(engine.getRuntimeService().createExecutionQuery()
                    .executionId(scope.id()).singleResult()).map(Execution::getProcessInstanceId);
            case TASK -> Optional.ofNullable(engine.getTaskService().createTaskQuery().taskId(scope.id())
                    .singleResult()).map(Task::getProcessInstanceId);
        };
    }

    /** The dispute of a running process instance: its business key, if on record. */
    Optional<String> disputeOf(String processInstanceId) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(instance.getBusinessKey()).filter(id -> records.find(id).isPresent());
    }

    /** The process's name, e.g. "Dispute resolution". */
    String processName(String processInstanceId) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return null;
        }
        ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(
                instance.getProcessDefinitionId());
        return definition.getName() != null ? definition.getName() : definition.getKey();
    }

    /** A variable's value as the scope sees it (serialized objects stay serialized), or null when there is none. */
    TypedValue variable(Scope scope, String name) {
        try {
            return switch (scope.type()) {
                case PROCESS_INSTANCE -> engine.getRuntimeService().getVariableTyped(scope.id(), name, false);
                case EXECUTION -> scope.local()
                        ? engine.getRuntimeService().getVariableLocalTyped(scope.id(), name, false)
                        : engine.getRuntimeService().getVariableTyped(scope.id(), name, false);
                case TASK -> scope.local()
                        ? engine.getTaskService().getVariableLocalTyped(scope.id(), name, false)
                        : engine.getTaskService().getVariableTyped(scope.id(), name, false);
            };
        } catch (RuntimeException gone) {
            return null;
        }
    }

    /** The steps the process instance is at (the leaves of its activity instance tree), by name. */
    List<String> steps(String processInstanceId) {
        ActivityInstance root;
        try {
            root = engine.getRuntimeService().getActivityInstance(processInstanceId);
        } catch (RuntimeException ended) {
            root = null;
        }
        List<String> steps = new ArrayList<>();
        if (root != null) {
            collect(root, steps);
        }
        return steps;
    }

    private static void collect(ActivityInstance instance, List<String> into) {
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            into.add(transition.getActivityName() != null ? transition.getActivityName() : transition.getActivityId());
        }
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
            into.add(instance.getActivityName() != null ? instance.getActivityName() : instance.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, into);
        }
    }

    /** The name of an activity of the process instance's model, e.g. "Respond to dispute". */
    String activityName(String processInstanceId, String activityId) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null || activityId == null) {
            return activityId;
        }
        ModelElementInstance element = engine.getRepositoryService()
                .getBpmnModelInstance(instance.getProcessDefinitionId()).getModelElementById(activityId);
        return element instanceof FlowElement flowElement && flowElement.getName() != null ? flowElement.getName()
                : activityId;
    }

    Optional<JobFacts> job(String jobId) {
        Job job = engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
        if (job == null || job.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        JobDefinition definition = job.getJobDefinitionId() == null ? null : engine.getManagementService()
                .createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        String activityId = definition != null ? definition.getActivityId() : job.getFailedActivityId();
        boolean timer = definition != null && definition.getJobType().startsWith("timer");
        return Optional.of(new JobFacts(job.getProcessInstanceId(), activityName(job.getProcessInstanceId(),
                activityId), timer, job.getRetries(), job.getDuedate(), job.isSuspended()));
    }

    boolean suspended(String processInstanceId) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance != null && instance.isSuspended();
    }

    /** "Platform Administrator" for a user with first and last name, else the user id. */
    String displayName(String userId) {
        User user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
