package io.disputeflow.migration;

import io.disputeflow.process.ProcessModel.Definitions;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The versions of a process and the plan that moves instances between two of them: every step mapped to the step
 * with the same id, and only the timers whose definition changed re-evaluated ({@code updateEventTrigger}). An
 * unchanged timer keeps its due date: re-evaluating a duration such as P30D would restart it from the moment of the
 * move. Conditional events are always re-evaluated: Camunda refuses to move them otherwise.
 */
@Component
class MigrationPlanning {

    static final List<String> PROCESSES = List.of(Definitions.DISPUTE_RESOLUTION, Definitions.PLATFORM_ARBITRATION,
            Definitions.RETURN_SHIPMENT);

    private final RepositoryService repository;
    private final RuntimeService runtime;

    MigrationPlanning(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    /** The target definition: the version asked for, or the latest. */
    ProcessDefinition target(String key, Integer version) {
        if (!PROCESSES.contains(key)) {
            throw MigrationRefusal.unknownProcess(key, PROCESSES);
        }
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId()
                .latestVersion().singleResult();
        if (latest == null) {
            throw MigrationRefusal.unknownProcess(key, PROCESSES);
        }
        if (version == null) {
            return latest;
        }
        ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .withoutTenantId().processDefinitionVersion(version).singleResult();
        if (target == null) {
            throw MigrationRefusal.unknownVersion(nameOf(latest), version, latest.getVersion());
        }
        return target;
    }

    /** The versions older than the target, oldest first. */
    List<ProcessDefinition> olderThan(ProcessDefinition target) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(target.getKey()).withoutTenantId()
                .orderByProcessDefinitionVersion().asc().list().stream()
                .filter(definition -> definition.getVersion() < target.getVersion())
                .toList();
    }

    /** The ids of the process instances running on a definition, with their business keys (= dispute ids). */
    List<RunningInstance> running(ProcessDefinition definition) {
        return runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).orderByProcessInstanceId()
                .asc().list().stream()
                .map(instance -> new RunningInstance(instance.getId(), instance.getBusinessKey(),
                        instance.getTenantId(), definition))
                .toList();
    }

    /** A running instance of an older version; its tenant is the dispute's store. */
    record RunningInstance(String id, String businessKey, String storeId, ProcessDefinition definition) {
    }

    /**
     * Same ids mapped; {@code updateEventTrigger} for the timers whose time expression changed.
     *
     * @throws org.camunda.bpm.engine.migration.MigrationPlanValidationException when the versions cannot be mapped
     */
    MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
        MigrationPlan equal = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
        Set<String> retriggered = changedTimers(source.getId(), target.getId());
        retriggered.addAll(conditionalEvents(target.getId()));
        MigrationPlanBuilder plan = runtime.createMigrationPlan(source.getId(), target.getId());
        for (MigrationInstruction instruction : equal.getInstructions()) {
            MigrationInstructionBuilder mapped = plan.mapActivities(instruction.getSourceActivityId(),
                    instruction.getTargetActivityId());
            if (retriggered.contains(instruction.getSourceActivityId())) {
                mapped.updateEventTrigger();
            }
            plan = mapped;
        }
        return plan.build();
    }

    /** Camunda moves a conditional event only with its trigger re-evaluated; a condition has no due date to keep. */
    private Set<String> conditionalEvents(String definitionId) {
        Set<String> events = new HashSet<>();
        repository.getBpmnModelInstance(definitionId).getModelElementsByType(ConditionalEventDefinition.class)
                .forEach(condition -> events.add(((FlowElement) condition.getParentElement()).getId()));
        return events;
    }

    /** The user tasks (by id) whose due-date expression differs between the two versions. */
    Set<String> changedTaskDueDates(String sourceDefinitionId, String targetDefinitionId) {
        BpmnModelInstance source = repository.getBpmnModelInstance(sourceDefinitionId);
        BpmnModelInstance target = repository.getBpmnModelInstance(targetDefinitionId);
        Set<String> changed = new HashSet<>();
        for (UserTask task : target.getModelElementsByType(UserTask.class)) {
            ModelElementInstance old = source.getModelElementById(task.getId());
            if (old instanceof UserTask oldTask && !Objects.equals(oldTask.getCamundaDueDate(), task.getCamundaDueDate())) {
                changed.add(task.getId());
            }
        }
        return changed;
    }

    /** The timer events (by id) whose time date, duration or cycle differs between the two versions. */
    Set<String> changedTimers(String sourceDefinitionId, String targetDefinitionId) {
        BpmnModelInstance source = repository.getBpmnModelInstance(sourceDefinitionId);
        BpmnModelInstance target = repository.getBpmnModelInstance(targetDefinitionId);
        Set<String> changed = new HashSet<>();
        for (TimerEventDefinition timer : target.getModelElementsByType(TimerEventDefinition.class)) {
            String eventId = ((FlowElement) timer.getParentElement()).getId();
            ModelElementInstance old = source.getModelElementById(eventId);
            if (old != null && !Objects.equals(timing(old.getChildElementsByType(TimerEventDefinition.class)),
                    timing(List.of(timer)))) {
                changed.add(eventId);
            }
        }
        return changed;
    }

    /** The name of a model element in a version, or empty when that version has no element with this id. */
    Optional<String> elementName(String definitionId, String elementId) {
        ModelElementInstance element = repository.getBpmnModelInstance(definitionId).getModelElementById(elementId);
        if (element instanceof FlowElement flowElement) {
            return Optional.of(flowElement.getName() == null || flowElement.getName().isBlank() ? MigrationWords
                    .unnamed(elementId) : flowElement.getName());
        }
        return Optional.empty();
    }

    /** Whether a version has a step with this name (under another id, when the caller knows the id is gone). */
    boolean hasElementNamed(String definitionId, String name) {
        return repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowElement.class).stream()
                .anyMatch(element -> name.equals(element.getName()));
    }

    String version(String definitionId) {
        return String.valueOf(repository.getProcessDefinition(definitionId).getVersion());
    }

    static String nameOf(ProcessDefinition definition) {
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }

    private static String timing(java.util.Collection<TimerEventDefinition> timers) {
        return timers.stream().map(timer -> text(timer.getTimeDate()) + "|" + text(timer.getTimeDuration()) + "|"
                + text(timer.getTimeCycle())).findFirst().orElse(null);
    }

    private static String text(ModelElementInstance expression) {
        return expression == null ? "" : expression.getTextContent().trim();
    }
}
