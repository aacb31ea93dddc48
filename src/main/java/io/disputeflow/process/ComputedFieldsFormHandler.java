package io.disputeflow.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormProperty;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A user task's form handler that adds the {@link ComputedFormFields} to its form's fields. The engine's
 * {@code getTaskFormVariables} (what Tasklist reads for Camunda Forms and embedded forms) returns form fields ahead of
 * stored variables of the same name, so a form reads computed values; they are computed only when the fields are
 * asked for within the engine, not when the form key is looked up.
 */
final class ComputedFieldsFormHandler implements TaskFormHandler {

    private final TaskFormHandler modelled;
    private final Supplier<List<ComputedFormFields>> sources;

    ComputedFieldsFormHandler(TaskFormHandler modelled, Supplier<List<ComputedFormFields>> sources) {
        this.modelled = modelled;
        this.sources = sources;
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
        return new WithComputedFields(modelled.createTaskForm(task), () -> computedFields(task));
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                                   ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
        modelled.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
        modelled.submitFormVariables(properties, variableScope);
    }

    private List<FormField> computedFields(TaskEntity task) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ComputedFormFields source : sources.get()) {
            values.putAll(source.of(task));
        }
        List<FormField> fields = new ArrayList<>();
        values.forEach((name, value) -> {
            FormFieldImpl field = new FormFieldImpl();
            field.setId(name);
            field.setValue(typed(value));
            fields.add(field);
        });
        return fields;
    }

    private static TypedValue typed(Object value) {
        if (value == null) {
            return Variables.untypedNullValue();
        }
        if (value instanceof String text) {
            return Variables.stringValue(text);
        }
        if (value instanceof Integer number) {
            return Variables.integerValue(number);
        }
        if (value instanceof Boolean flag) {
            return Variables.booleanValue(flag);
        }
        throw new IllegalArgumentException("A computed form field is text, a whole number or yes/no, not "
                + value.getClass().getSimpleName());
    }

    /** The modelled form data with the computed fields after its own, computed on first request. */
    private static final class WithComputedFields implements TaskFormData {

        private final TaskFormData modelled;
        private final Supplier<List<FormField>> computed;
        private List<FormField> fields;

        WithComputedFields(TaskFormData modelled, Supplier<List<FormField>> computed) {
            this.modelled = modelled;
            this.computed = computed;
        }

        /**
         * Inside the engine's command (e.g. reading the form variables) the modelled and the computed fields;
         * outside it (the REST API asks whether a task has a generated form) only the modelled ones.
         */
        @Override
        public List<FormField> getFormFields() {
            if (Context.getCommandContext() == null) {
                return modelled.getFormFields();
            }
            if (fields == null) {
                List<FormField> all = new ArrayList<>(modelled.getFormFields());
                computed.get().stream()
                        .filter(field -> all.stream().noneMatch(own -> own.getId().equals(field.getId())))
                        .forEach(all::add);
                fields = all;
            }
            return fields;
        }

        @Override
        public Task getTask() {
            return modelled.getTask();
        }

        @Override
        public String getFormKey() {
            return modelled.getFormKey();
        }

        @Override
        public CamundaFormRef getCamundaFormRef() {
            return modelled.getCamundaFormRef();
        }

        @Override
        public String getDeploymentId() {
            return modelled.getDeploymentId();
        }

        @Override
        public List<FormProperty> getFormProperties() {
            return modelled.getFormProperties();
        }
    }
}
