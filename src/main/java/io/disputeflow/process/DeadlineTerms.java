package io.disputeflow.process;

import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Events;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.process.ProcessModel.Variables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The deadlines a task's form quotes ("answer within {{sellerAnswerTerm}}"), read from the durations in the models
 * the dispute runs on, so a process owner who changes a timer in Modeler changes the form's words with it. They are
 * form fields of every task, computed when the form is read ({@link ComputedFormFields}): a task that moved to a new
 * version quotes that version's terms; {@code taskTerm} is the task's own due date, e.g. "1 day". The terms come from
 * the same deployment as the task's process (its called processes included), read once per process definition.
 */
@Component
public class DeadlineTerms implements ComputedFormFields {

    /** Where a term's duration is written: the timer, the due date or the listener of an element. */
    record Source(String variable, String processKey, String elementId, String dayWord) {
    }

    static final List<Source> SOURCES = List.of(
            new Source(Variables.SELLER_ANSWER_TERM, Definitions.DISPUTE_RESOLUTION, Timers.SELLER_RESPONSE_DUE, "day"),
            new Source(Variables.SELLER_REMINDER_TERM, Definitions.DISPUTE_RESOLUTION,
                    Timers.SELLER_RESPONSE_REMINDER, "day"),
            new Source(Variables.NEGOTIATION_TERM, Definitions.DISPUTE_RESOLUTION, Timers.NEGOTIATION_WINDOW_ENDS,
                    "day"),
            new Source(Variables.BUYER_CARE_INTERVAL_TERM, Definitions.DISPUTE_RESOLUTION,
                    Timers.BUYER_CARE_UPDATE_DUE, "day"),
            // R10 counts working days: ArbitrationIntake.schedule turns the literal into a working-day deadline
            new Source(Variables.ARBITRATION_INTAKE_TERM, Definitions.PLATFORM_ARBITRATION,
                    Events.ARBITRATION_CASE_ESCALATED, "working day"),
            new Source(Variables.RETURN_SHIPMENT_TERM, Definitions.RETURN_SHIPMENT, Timers.RETURN_SHIPMENT_DUE, "day"),
            new Source(Variables.RETURN_RECEIPT_TERM, Definitions.RETURN_SHIPMENT, Timers.RETURN_RECEIPT_DUE, "day"));

    /** Definitions never change once deployed, so neither do their terms. */
    private static final Map<String, Map<String, String>> TERMS_BY_DEFINITION = new ConcurrentHashMap<>();

    @Override
    public Map<String, Object> of(DelegateTask task) {
        if (task.getProcessDefinitionId() == null) {
            return Map.of();
        }
        return Map.copyOf(termsOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
    }

    /** The terms a task of {@code taskKey} in the process definition {@code definitionId} gets. */
    static Map<String, String> termsOf(String definitionId, String taskKey) {
        return TERMS_BY_DEFINITION.computeIfAbsent(definitionId + "#" + taskKey, key -> read(definitionId, taskKey));
    }

    private static Map<String, String> read(String definitionId, String taskKey) {
        DeploymentCache cache = Context.getProcessEngineConfiguration().getDeploymentCache();
        ProcessDefinitionEntity definition = cache.findDeployedProcessDefinitionById(definitionId);
        Map<String, String> terms = new LinkedHashMap<>();
        for (Source source : SOURCES) {
            modelOf(cache, definition, source.processKey())
                    .flatMap(model -> durationAt(model, source.elementId(), source.dayWord()))
                    .ifPresent(words -> terms.put(source.variable(), words));
        }
        durationAt(cache.findBpmnModelInstanceForProcessDefinition(definition), taskKey, "day")
                .ifPresent(words -> terms.put(Variables.TASK_TERM, words));
        return terms;
    }

    /** The model of {@code processKey} deployed with {@code definition}, else the latest one of that key. */
    private static Optional<BpmnModelInstance> modelOf(DeploymentCache cache, ProcessDefinitionEntity definition,
            String processKey) {
        ProcessDefinitionEntity found = definition.getKey().equals(processKey) ? definition
                : cache.findDeployedProcessDefinitionByDeploymentAndKey(definition.getDeploymentId(), processKey);
        if (found == null) {
            found = cache.findDeployedLatestProcessDefinitionByKey(processKey);
        }
        return Optional.ofNullable(found).map(cache::findBpmnModelInstanceForProcessDefinition);
    }

    /** The first duration literal of an element's timer, due date or execution listeners, in words. */
    static Optional<String> durationAt(BpmnModelInstance model, String elementId, String dayWord) {
        ModelElementInstance element = model.getModelElementById(elementId);
        if (element == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        if (element instanceof UserTask task && task.getCamundaDueDate() != null) {
            text.append(task.getCamundaDueDate()).append(' ');
        }
        for (TimerEventDefinition timer : element.getChildElementsByType(TimerEventDefinition.class)) {
            Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle()).filter(Objects::nonNull)
                    .forEach(expression -> text.append(expression.getTextContent()).append(' '));
        }
        model.getModelElementsByType(CamundaExecutionListener.class).stream()
                .filter(listener -> isWithin(listener, element))
                .forEach(listener -> text.append(listener.getCamundaExpression()).append(' '));
        return DurationWords.firstIn(text.toString(), dayWord);
    }

    private static boolean isWithin(ModelElementInstance child, ModelElementInstance ancestor) {
        for (ModelElementInstance parent = child.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
