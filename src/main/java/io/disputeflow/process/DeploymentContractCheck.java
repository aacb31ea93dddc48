package io.disputeflow.process;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.process.ModelContract.Element;
import io.disputeflow.process.ModelContract.ShippedProcess;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
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
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Checks the models of one deployment against the {@link ModelContract}: for the application's own process and
 * decision keys only, the elements, messages, errors and calls the application relies on are still there, every user
 * task has a due date, the rules' timers keep a duration written out in the model and every written-out duration
 * can be read, expressions use only the dispute's variables (or beans), and whatever binds to its own deployment
 * finds its process, decision or form in this one.
 */
final class DeploymentContractCheck {

    static final String DEPLOYMENT = "deployment";
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String TOGETHER = ": deploy all files of processes/ and forms/ together.";

    private final ModelContract contract;
    private final Predicate<String> isBean;

    /** @param isBean whether a name is a bean that expressions may call (Spring beans in the application) */
    DeploymentContractCheck(ModelContract contract, Predicate<String> isBean) {
        this.contract = contract;
        this.isBean = isBean;
    }

    /** The breaches of the deployment of these resources (name to content); none when it keeps the contract. */
    List<ContractBreach> check(Map<String, byte[]> resources) {
        DeployedResources deployed = DeployedResources.read(resources);
        List<ContractBreach> breaches = new ArrayList<>();
        if (!deployed.containsAnyOf(contract.keys())) {
            return breaches;
        }
        deployed.bpmn.forEach((resource, model) -> {
            for (Process process : model.getModelElementsByType(Process.class)) {
                ShippedProcess shipped = contract.process(process.getId());
                if (shipped != null) {
                    new ProcessCheck(resource, model, process, shipped, deployed, breaches).run();
                }
            }
        });
        deployed.dmn.forEach((resource, model) -> checkDecisions(resource, model, breaches));
        return breaches;
    }

    private void checkDecisions(String resource, DmnModelInstance model, List<ContractBreach> breaches) {
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            String key = decision.getId();
            if (!contract.keys().contains(key)) {
                continue;
            }
            Set<String> outputs = new LinkedHashSet<>();
            model.getModelElementsByType(Output.class).stream()
                    .filter(output -> ModelContract.isInside(output, decision))
                    .forEach(output -> outputs.add(output.getName()));
            contract.decisionOutputs(key).forEach((name, shipped) -> {
                if (!outputs.contains(name)) {
                    breaches.add(new ContractBreach(resource, key, shipped.id(), key + ": the output '" + name + "'"
                            + (shipped.name() == null ? "" : " ('" + shipped.name() + "')")
                            + " is missing; the dispute process copies it into the dispute's variables. Renamed it? "
                            + "Keep the output's name."));
                }
            });
            for (InputExpression input : model.getModelElementsByType(InputExpression.class)) {
                if (ModelContract.isInside(input, decision) && input.getText() != null) {
                    String text = input.getText().getTextContent();
                    for (String unknown : ExpressionVariables.unknownIdentifiers(text, this::isKnown)) {
                        breaches.add(new ContractBreach(resource, key, input.getId(), key + ": the input expression '"
                                + text.trim() + "' uses '" + unknown + "', " + notAVariable(unknown)));
                    }
                }
            }
        }
    }

    private boolean isKnown(String name) {
        return contract.variables().contains(name) || isBean.test(name);
    }

    private String notAVariable(String name) {
        String closest = ExpressionVariables.closest(name, contract.variables());
        return "which is not a variable of the dispute" + (closest == null ? "" : " (did you mean '" + closest + "'?)")
                + "; the step fails when a dispute reaches it. Use the variable's exact name.";
    }

    /** The checks of one process of the application in the deployment. */
    private final class ProcessCheck {

        private final String resource;
        private final BpmnModelInstance model;
        private final Process process;
        private final ShippedProcess shipped;
        private final DeployedResources deployed;
        private final List<ContractBreach> breaches;
        private final String key;

        ProcessCheck(String resource, BpmnModelInstance model, Process process, ShippedProcess shipped,
                DeployedResources deployed, List<ContractBreach> breaches) {
            this.resource = resource;
            this.model = model;
            this.process = process;
            this.shipped = shipped;
            this.deployed = deployed;
            this.breaches = breaches;
            this.key = process.getId();
        }

        void run() {
            requiredUserTasks();
            requiredTimers();
            everyUserTaskHasADueDate();
            requiredSteps();
            everyTimerDurationCanBeRead();
            requiredMessages();
            requiredErrors();
            requiredCalls();
            deploymentBindingsFindTheirTargets();
            onlyKnownVariables();
        }

        private void requiredUserTasks() {
            shipped.userTasks().forEach((id, task) -> {
                ModelElementInstance found = find(id);
                if (found == null) {
                    breach(id, key + ": the user task " + task.label() + " is missing; " + ContractWords.task(id)
                            + ". Renamed it? Keep the id.");
                } else if (!(found instanceof UserTask)) {
                    breach(id, key + ": " + label(found) + " is no longer a user task; " + ContractWords.task(id)
                            + ". Make it a user task again.");
                }
            });
        }

        private void requiredSteps() {
            shipped.steps().forEach((id, step) -> {
                ModelElementInstance found = find(id);
                if (found == null) {
                    breach(id, key + ": the step " + step.label() + " is missing; " + ContractWords.step(id)
                            + ". Renamed it? Keep the id.");
                } else if (shipped.asynchronousSteps().contains(id)
                        && !(found instanceof FlowNode node && node.isCamundaAsyncBefore())) {
                    breach(id, key + ": the step " + label(found) + " is no longer asynchronous; "
                            + ContractWords.step(id) + ". Its payment must not run inside the request of the person "
                            + "whose answer leads to it: tick 'Asynchronous before' again.");
                }
            });
        }

        private void requiredTimers() {
            shipped.timers().forEach((id, timer) -> {
                ModelElementInstance found = find(id);
                TimerEventDefinition definition = found instanceof Event event
                        ? event.getChildElementsByType(TimerEventDefinition.class).stream().findFirst().orElse(null)
                        : null;
                if (found == null) {
                    breach(id, key + ": the timer " + timer.label() + " is missing; " + ContractWords.timer(id)
                            + ". Renamed it? Keep the id.");
                } else if (definition == null) {
                    breach(id, key + ": " + label(found) + " is no longer a timer; " + ContractWords.timer(id)
                            + ". Make it a timer again.");
                } else if (shipped.timersWithLiteralDuration().containsKey(id)
                        && DurationLiteral.in(DurationLiteral.timerText(definition)).isEmpty()) {
                    breach(id, key + ": the timer " + label(found) + " no longer has its duration written out ("
                            + quoted(DurationLiteral.timerText(definition)) + "); the rule's deadline is read from the "
                            + "model. Write the period into the timer as shipped: "
                            + shipped.timersWithLiteralDuration().get(id).trim() + ".");
                }
            });
        }

        private void everyUserTaskHasADueDate() {
            for (UserTask task : ModelContract.inProcess(model, process, UserTask.class)) {
                String dueDate = task.getCamundaDueDate();
                if (dueDate == null || dueDate.isBlank()) {
                    breach(task.getId(), key + ": the user task " + label(task) + " has no due date; every task shows "
                            + "the people who work on it its deadline. Set 'Due date' in the task's properties, "
                            + "e.g. P2D.");
                }
                for (DurationLiteral literal : DurationLiteral.in(dueDate)) {
                    literal.problem().ifPresent(problem -> breach(task.getId(), key + ": the user task "
                            + label(task) + " has the due date " + problem + "."));
                }
            }
        }

        private void everyTimerDurationCanBeRead() {
            for (TimerEventDefinition timer : ModelContract.inProcess(model, process, TimerEventDefinition.class)) {
                BaseElement event = (BaseElement) timer.getParentElement();
                for (DurationLiteral literal : DurationLiteral.in(DurationLiteral.timerText(timer))) {
                    literal.problem().ifPresent(problem -> breach(event.getId(), key + ": the timer " + label(event)
                            + " has the duration " + problem + "."));
                }
            }
        }

        private void requiredMessages() {
            Set<String> received = new LinkedHashSet<>();
            for (MessageEventDefinition definition : ModelContract.inProcess(model, process,
                    MessageEventDefinition.class)) {
                if (definition.getMessage() != null) {
                    received.add(definition.getMessage().getName());
                }
            }
            for (ReceiveTask task : ModelContract.inProcess(model, process, ReceiveTask.class)) {
                if (task.getMessage() != null) {
                    received.add(task.getMessage().getName());
                }
            }
            shipped.messages().forEach((name, receiver) -> {
                if (!received.contains(name)) {
                    breach(receiver.id(), key + ": nothing receives the message '" + name + "' any more (the "
                            + "shipped model receives it in " + receiver.label() + "); " + ContractWords.message(name)
                            + ". Keep the message's name.");
                }
            });
        }

        private void requiredErrors() {
            Set<String> caught = new LinkedHashSet<>();
            for (ErrorEventDefinition definition : ModelContract.inProcess(model, process,
                    ErrorEventDefinition.class)) {
                if (definition.getError() != null) {
                    caught.add(definition.getError().getErrorCode());
                }
            }
            shipped.errors().forEach((code, catcher) -> {
                if (!caught.contains(code)) {
                    breach(catcher.id(), key + ": nothing catches the error '" + code + "' any more (the shipped "
                            + "model catches it at " + catcher.label() + "); " + ContractWords.error(code)
                            + ". Keep the error code.");
                }
            });
        }

        private void requiredCalls() {
            Set<String> called = new LinkedHashSet<>();
            ModelContract.inProcess(model, process, CallActivity.class)
                    .forEach(call -> called.add(call.getCalledElement()));
            ModelContract.inProcess(model, process, BusinessRuleTask.class)
                    .forEach(task -> called.add(task.getCamundaDecisionRef()));
            shipped.calls().forEach((callee, caller) -> {
                if (!called.contains(callee)) {
                    breach(caller.id(), key + " no longer calls " + callee + " (the shipped model does in "
                            + caller.label() + "); disputes rely on it. Call " + callee + " again.");
                }
            });
        }

        private void deploymentBindingsFindTheirTargets() {
            for (CallActivity call : ModelContract.inProcess(model, process, CallActivity.class)) {
                if (DEPLOYMENT.equals(call.getCamundaCalledElementBinding()) && isLiteral(call.getCalledElement())
                        && !deployed.processIds.contains(call.getCalledElement())) {
                    breach(call.getId(), key + " calls " + call.getCalledElement() + ", which is not part of this "
                            + "deployment (" + label(call) + " binds to its own deployment)" + TOGETHER);
                }
            }
            for (BusinessRuleTask task : ModelContract.inProcess(model, process, BusinessRuleTask.class)) {
                if (DEPLOYMENT.equals(task.getCamundaDecisionRefBinding()) && isLiteral(task.getCamundaDecisionRef())
                        && !deployed.decisionIds.contains(task.getCamundaDecisionRef())) {
                    breach(task.getId(), key + " evaluates the decision " + task.getCamundaDecisionRef() + ", which is "
                            + "not part of this deployment (" + label(task) + " binds to its own deployment)"
                            + TOGETHER);
                }
            }
            for (UserTask task : ModelContract.inProcess(model, process, UserTask.class)) {
                String form = task.getCamundaFormRef();
                if (DEPLOYMENT.equals(task.getCamundaFormRefBinding()) && isLiteral(form)
                        && !deployed.forms.containsKey(form)) {
                    breach(task.getId(), key + " shows the form " + form + ", which is not part of this deployment ("
                            + label(task) + " binds to its own deployment)" + TOGETHER);
                }
            }
        }

        private void onlyKnownVariables() {
            Document document = (Document) model.getDocument().getDomSource().getNode();
            org.w3c.dom.Element xml = processElement(document);
            if (xml == null) {
                return;
            }
            Set<String> local = ExpressionVariables.inputParameters(xml);
            Set<String> reported = new LinkedHashSet<>();
            for (ExpressionVariables.Use use : ExpressionVariables.in(xml,
                    id -> model.getModelElementById(id) instanceof FlowElement)) {
                String variable = use.variable();
                if (!isKnown(variable) && !local.contains(variable) && reported.add(use.elementId() + "/" + variable)) {
                    String element = new Element(use.elementId(), use.elementName()).label();
                    String where = use.where().equals(variable) ? "" : " in " + use.where();
                    breach(use.elementId(), key + ": " + element + " uses '" + variable + "'" + where + ", "
                            + notAVariable(variable));
                }
            }
            for (UserTask task : ModelContract.inProcess(model, process, UserTask.class)) {
                JsonNode form = task.getCamundaFormRef() == null ? null : deployed.forms.get(task.getCamundaFormRef());
                if (form != null) {
                    Set<String> keys = new LinkedHashSet<>(form.findValuesAsText("key"));
                    keys.addAll(form.findValuesAsText("valuesKey"));
                    for (String field : keys) {
                        if (!isKnown(field) && reported.add(task.getCamundaFormRef() + "/" + field)) {
                            breach(task.getId(), key + ": the form " + task.getCamundaFormRef() + " of " + label(task)
                                    + " has the field '" + field + "', " + notAVariable(field));
                        }
                    }
                }
            }
        }

        private org.w3c.dom.Element processElement(Document document) {
            NodeList processes = document.getElementsByTagNameNS(BPMN, "process");
            for (int i = 0; i < processes.getLength(); i++) {
                org.w3c.dom.Element candidate = (org.w3c.dom.Element) processes.item(i);
                if (key.equals(candidate.getAttribute("id"))) {
                    return candidate;
                }
            }
            return null;
        }

        /** The element with this id in this process, or null (also when another process of the file has it). */
        private ModelElementInstance find(String id) {
            ModelElementInstance found = model.getModelElementById(id);
            return found != null && ModelContract.isInside(found, process) ? found : null;
        }

        private void breach(String element, String message) {
            breaches.add(new ContractBreach(resource, key, element, message));
        }
    }

    private static boolean isLiteral(String reference) {
        return reference != null && !reference.isBlank() && !reference.contains("${") && !reference.contains("#{");
    }

    private static String label(ModelElementInstance element) {
        if (element instanceof FlowElement flowElement) {
            return ModelContract.element(flowElement).label();
        }
        return element instanceof BaseElement base ? base.getId() : Objects.toString(element);
    }

    private static String quoted(String text) {
        return text == null || text.isBlank() ? "it has none" : "now '" + text.trim() + "'";
    }
}
