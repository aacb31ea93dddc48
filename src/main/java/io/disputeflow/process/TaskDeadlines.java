package io.disputeflow.process;

import io.disputeflow.dispute.Deadline;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

/**
 * The deadline of a user task: the interrupting timer on its boundary (the seller's 5 days on "Respond to dispute",
 * the 30 days on "Confirm return receipt", the intake's 2 working days). A completion at or after that instant is
 * refused even when the timer job has not run yet: the deadline is the rule, the job only carries out its outcome.
 */
final class TaskDeadlines {

    /** Definitions never change once deployed, so neither do a task's deadline timers. */
    private static final Map<String, List<String>> TIMERS_BY_TASK = new ConcurrentHashMap<>();

    private TaskDeadlines() {
    }

    /** The task's deadline when it has passed at {@code now} (due at or before it), else empty. */
    static Optional<Deadline> passed(ProcessEngineServices engine, TaskDisputeLock reads, String processInstanceId,
                                     String processDefinitionId, String taskDefinitionKey, Instant now) {
        List<String> timers = TIMERS_BY_TASK.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey,
                key -> interruptingTimers(engine, processDefinitionId, taskDefinitionKey));
        return reads.timersAt(processInstanceId, timers).stream()
                .map(timer -> DeadlineCatalog.deadline(timer.activityId(), timer.dueAt()))
                .filter(deadline -> !now.isBefore(deadline.dueAt()))
                .min(Comparator.comparing(Deadline::dueAt));
    }

    private static List<String> interruptingTimers(ProcessEngineServices engine, String processDefinitionId,
                                                   String taskDefinitionKey) {
        return engine.getRepositoryService().getBpmnModelInstance(processDefinitionId)
                .getModelElementsByType(BoundaryEvent.class).stream()
                .filter(event -> event.cancelActivity() && event.getAttachedTo() != null
                        && taskDefinitionKey.equals(event.getAttachedTo().getId())
                        && !event.getChildElementsByType(TimerEventDefinition.class).isEmpty())
                .map(BoundaryEvent::getId)
                .toList();
    }
}
