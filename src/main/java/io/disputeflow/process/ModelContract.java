package io.disputeflow.process;

import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Errors;
import io.disputeflow.process.ProcessModel.Messages;
import io.disputeflow.process.ProcessModel.Steps;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.process.ProcessModel.Variables;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the application relies on in the models of its own process and decision keys: the names {@link ProcessModel}
 * gives (user tasks, timers, messages, errors, variables), as far as the model shipped in {@code processes/} for that
 * key contains them, and the processes and decisions each shipped process calls. Read from the shipped models, so the
 * contract follows {@link ProcessModel} and {@code processes/} without a list of its own.
 */
final class ModelContract {

    /** An element of a model, for messages: its name as the diagram shows it and its id. */
    record Element(String id, String name) {

        /** "'Respond to dispute' (Task_RespondToDispute)", or just the id when the element has no name. */
        String label() {
            return name == null || name.isBlank() ? id : "'" + name.replace('\n', ' ') + "' (" + id + ")";
        }
    }

    /**
     * The shipped model of one process key, reduced to what the application relies on; timers with a literal duration
     * map to their shipped definition, messages and errors by name or code to the element that receives them, calls by
     * the called key to the calling element; {@code asynchronousSteps} are the steps shipped "Asynchronous before",
     * which must stay so.
     */
    record ShippedProcess(String key, Map<String, Element> userTasks, Map<String, Element> steps,
            Set<String> asynchronousSteps, Map<String, Element> timers,
            Map<String, String> timersWithLiteralDuration, Map<String, Element> messages, Map<String, Element> errors,
            Map<String, Element> calls) {
    }

    private final Map<String, ShippedProcess> processes;
    private final Map<String, Map<String, Element>> decisionOutputs;
    private final Set<String> variables;

    private ModelContract(Map<String, ShippedProcess> processes, Map<String, Map<String, Element>> decisionOutputs) {
        this.processes = processes;
        this.decisionOutputs = decisionOutputs;
        this.variables = constants(Variables.class);
    }

    /** The contract of the models shipped with the application ({@code classpath*:processes/}). */
    static ModelContract shipped() {
        Map<String, byte[]> models = new LinkedHashMap<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(ModelContract.class.getClassLoader())
                    .getResources("classpath*:processes/**/*.*");
            for (Resource resource : found) {
                try (var in = resource.getInputStream()) {
                    models.put(resource.getFilename(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped models of processes/", e);
        }
        return of(models);
    }

    /** The contract of the given models (file name to content), e.g. the files of {@code processes/}. */
    static ModelContract of(Map<String, byte[]> models) {
        Set<String> keys = constants(Definitions.class);
        Map<String, ShippedProcess> processes = new LinkedHashMap<>();
        Map<String, Map<String, Element>> outputs = new LinkedHashMap<>();
        models.forEach((name, content) -> {
            if (DeployedResources.isBpmn(name)) {
                BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
                for (Process process : model.getModelElementsByType(Process.class)) {
                    if (keys.contains(process.getId())) {
                        processes.put(process.getId(), shipped(model, process));
                    }
                }
            } else if (DeployedResources.isDmn(name)) {
                DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
                for (Decision decision : model.getModelElementsByType(Decision.class)) {
                    if (keys.contains(decision.getId())) {
                        outputs.put(decision.getId(), outputsOf(decision));
                    }
                }
            }
        });
        return new ModelContract(processes, outputs);
    }

    private static ShippedProcess shipped(BpmnModelInstance model, Process process) {
        Set<String> taskIds = constants(Tasks.class);
        Set<String> stepIds = constants(Steps.class);
        Set<String> timerIds = constants(Timers.class);
        Set<String> messageNames = constants(Messages.class);
        Set<String> errorCodes = constants(Errors.class);
        Set<String> definitions = constants(Definitions.class);

        Map<String, Element> userTasks = new LinkedHashMap<>();
        for (UserTask task : inProcess(model, process, UserTask.class)) {
            if (taskIds.contains(task.getId())) {
                userTasks.put(task.getId(), element(task));
            }
        }
        Map<String, Element> steps = new LinkedHashMap<>();
        Set<String> asynchronousSteps = new LinkedHashSet<>();
        for (FlowNode node : inProcess(model, process, FlowNode.class)) {
            if (stepIds.contains(node.getId())) {
                steps.put(node.getId(), element(node));
                if (node.isCamundaAsyncBefore()) {
                    asynchronousSteps.add(node.getId());
                }
            }
        }
        Map<String, Element> timers = new LinkedHashMap<>();
        Map<String, String> literal = new LinkedHashMap<>();
        for (TimerEventDefinition timer : inProcess(model, process, TimerEventDefinition.class)) {
            Event event = (Event) timer.getParentElement();
            if (timerIds.contains(event.getId())) {
                timers.put(event.getId(), element(event));
                String definition = DurationLiteral.timerText(timer);
                if (!DurationLiteral.in(definition).isEmpty()) {
                    literal.put(event.getId(), definition);
                }
            }
        }
        Map<String, Element> messages = new LinkedHashMap<>();
        for (MessageEventDefinition definition : inProcess(model, process, MessageEventDefinition.class)) {
            if (definition.getMessage() != null && messageNames.contains(definition.getMessage().getName())) {
                messages.putIfAbsent(definition.getMessage().getName(),
                        element((FlowElement) definition.getParentElement()));
            }
        }
        for (ReceiveTask task : inProcess(model, process, ReceiveTask.class)) {
            if (task.getMessage() != null && messageNames.contains(task.getMessage().getName())) {
                messages.putIfAbsent(task.getMessage().getName(), element(task));
            }
        }
        Map<String, Element> errors = new LinkedHashMap<>();
        for (ErrorEventDefinition definition : inProcess(model, process, ErrorEventDefinition.class)) {
            if (definition.getError() != null && errorCodes.contains(definition.getError().getErrorCode())) {
                errors.putIfAbsent(definition.getError().getErrorCode(),
                        element((FlowElement) definition.getParentElement()));
            }
        }
        Map<String, Element> calls = new LinkedHashMap<>();
        for (CallActivity call : inProcess(model, process, CallActivity.class)) {
            if (definitions.contains(call.getCalledElement())) {
                calls.putIfAbsent(call.getCalledElement(), element(call));
            }
        }
        for (BusinessRuleTask task : inProcess(model, process, BusinessRuleTask.class)) {
            if (definitions.contains(task.getCamundaDecisionRef())) {
                calls.putIfAbsent(task.getCamundaDecisionRef(), element(task));
            }
        }
        return new ShippedProcess(process.getId(), userTasks, steps, asynchronousSteps, timers, literal, messages,
                errors, calls);
    }

    private static Map<String, Element> outputsOf(Decision decision) {
        Map<String, Element> outputs = new LinkedHashMap<>();
        for (Output output : decision.getModelInstance().getModelElementsByType(Output.class)) {
            if (isInside(output, decision) && output.getName() != null) {
                outputs.put(output.getName(), new Element(output.getId(), output.getLabel()));
            }
        }
        return outputs;
    }

    /** The elements of a type inside the process, also in its subprocesses, not in other processes of the file. */
    static <T extends ModelElementInstance> List<T> inProcess(BpmnModelInstance model, Process process, Class<T> type) {
        return model.getModelElementsByType(type).stream().filter(element -> isInside(element, process)).toList();
    }

    static boolean isInside(ModelElementInstance element, ModelElementInstance ancestor) {
        for (ModelElementInstance parent = element; parent != null; parent = parent.getParentElement()) {
            if (parent.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    static Element element(FlowElement element) {
        return new Element(element.getId(), element.getName());
    }

    /** The process and decision keys the guard checks; other keys deploy unchecked. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>(processes.keySet());
        keys.addAll(decisionOutputs.keySet());
        return keys;
    }

    ShippedProcess process(String key) {
        return processes.get(key);
    }

    Map<String, Element> decisionOutputs(String key) {
        return decisionOutputs.getOrDefault(key, Map.of());
    }

    /** The variables the application sets and reads ({@link Variables}). */
    Set<String> variables() {
        return variables;
    }

    static Set<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(ModelContract::value).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
