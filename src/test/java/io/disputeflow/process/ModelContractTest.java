package io.disputeflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.dispute.DisputeOutcome;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.dispute.EscalationCause;
import io.disputeflow.dispute.ReturnOutcome;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Errors;
import io.disputeflow.process.ProcessModel.Messages;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.process.ProcessModel.Variables;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * The contract between the Java side ({@link ProcessModel} and the contract enums) and the models a process owner
 * edits in Camunda Modeler, checked in both directions: every id, message, error, timer, user task and variable the
 * Java side names exists in {@code processes/} or {@code forms/}, every one the models use is named in Java, and the
 * values the models compare, offer or pass are constants of the enums. A renamed element fails here, by name.
 */
class ModelContractTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");
    static final Path EMBEDDED_FORMS = Path.of("src/main/resources/static/forms");
    static final ObjectMapper JSON = new ObjectMapper();

    /** Names an expression may use that are not process variables: the engine's context objects. */
    static final Set<String> CONTEXT = Set.of("execution", "task", "true", "false", "null", "empty", "not", "and", "or",
            "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");
    static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    static final Pattern IDENTIFIER = Pattern.compile("'[^']*'|\"[^\"]*\"|&#39;.*?&#39;|(?<![.\\w])([A-Za-z_]\\w*)(?!\\s*[.(\\w])");
    static final Pattern BEAN_CALL = Pattern.compile("(\\w+)\\.(\\w+)\\([^)]*?(?:'|&#39;)([A-Z_0-9]+)(?:'|&#39;)\\)");
    static final Pattern COMPARISON = Pattern.compile("(\\w+)\\s*==\\s*'([^']*)'");

    @Test
    void processAndDecisionIdsAreTheDefinitions() throws IOException {
        Set<String> inModels = new TreeSet<>();
        for (BpmnModelInstance model : bpmnModels()) {
            model.getModelElementsByType(Process.class).forEach(process -> inModels.add(process.getId()));
        }
        for (Path dmn : files(PROCESSES, ".dmn")) {
            Dmn.readModelFromFile(dmn.toFile()).getModelElementsByType(Decision.class)
                    .forEach(decision -> inModels.add(decision.getId()));
        }
        assertThat(inModels).isEqualTo(constants(Definitions.class));
    }

    @Test
    void messageNamesAreTheMessages() throws IOException {
        Set<String> inModels = new TreeSet<>();
        for (BpmnModelInstance model : bpmnModels()) {
            model.getModelElementsByType(Message.class).forEach(message -> inModels.add(message.getName()));
        }
        assertThat(inModels).isEqualTo(constants(Messages.class));
    }

    @Test
    void errorCodesAreTheErrors() throws IOException {
        Set<String> inModels = new TreeSet<>();
        for (BpmnModelInstance model : bpmnModels()) {
            model.getModelElementsByType(Error.class).forEach(error -> inModels.add(error.getErrorCode()));
        }
        assertThat(inModels).isEqualTo(constants(Errors.class));
    }

    @Test
    void timerEventsAreTheTimers() throws IOException {
        Set<String> inModels = new TreeSet<>();
        for (BpmnModelInstance model : bpmnModels()) {
            model.getModelElementsByType(TimerEventDefinition.class)
                    .forEach(timer -> inModels.add(((Event) timer.getParentElement()).getId()));
        }
        assertThat(inModels).isEqualTo(constants(Timers.class));
    }

    @Test
    void userTasksAreTheTasks() throws IOException {
        Set<String> inModels = new TreeSet<>();
        for (BpmnModelInstance model : bpmnModels()) {
            model.getModelElementsByType(UserTask.class).forEach(task -> inModels.add(task.getId()));
        }
        assertThat(inModels).isEqualTo(constants(Tasks.class));
    }

    @Test
    void everyVariableTheModelsUseIsNamedInProcessModel_andEveryNamedVariableIsUsed() throws IOException {
        Set<String> inModels = variablesInModels();
        Set<String> named = constants(Variables.class);
        assertThat(inModels).as("variables used in processes/ and forms/ but not named in ProcessModel.Variables")
                .isSubsetOf(named);
        assertThat(named).as("ProcessModel.Variables that no model or form uses").isSubsetOf(inModels);
    }

    @Test
    void contractValues_formsOfferExactlyTheEnumConstants_conditionsCompareWithNothingElse() throws IOException {
        for (Map.Entry<String, Class<? extends Enum<?>>> contract : Variables.VALUES.entrySet()) {
            Set<String> constants = names(contract.getValue());
            for (Path form : files(FORMS, ".form")) {
                for (JsonNode field : JSON.readTree(form.toFile()).findParents("key")) {
                    if (contract.getKey().equals(field.path("key").asText()) && field.has("values")) {
                        Set<String> offered = new TreeSet<>(field.get("values").findValuesAsText("value"));
                        assertThat(offered).as(form + " offers " + contract.getKey()).isEqualTo(constants);
                    }
                }
            }
            for (Path bpmn : files(PROCESSES, ".bpmn")) {
                Matcher comparison = COMPARISON.matcher(Files.readString(bpmn).replace("&#39;", "'"));
                while (comparison.find()) {
                    if (comparison.group(1).equals(contract.getKey())) {
                        assertThat(constants).as(bpmn + " compares " + contract.getKey()).contains(comparison.group(2));
                    }
                }
            }
        }
    }

    @Test
    void listenerArguments_areStatusesOutcomesAndCauses_andEveryOutcomeAndCauseHasItsPlaceInTheModels()
            throws IOException {
        Map<String, Set<String>> passed = Map.of("disputeStatus.enter", new TreeSet<>(),
                "disputeStatus.close", new TreeSet<>(), "escalation.record", new TreeSet<>(),
                "returnOutcome.record", new TreeSet<>());
        for (Path bpmn : files(PROCESSES, ".bpmn")) {
            Matcher call = BEAN_CALL.matcher(Files.readString(bpmn));
            while (call.find()) {
                Set<String> values = passed.get(call.group(1) + "." + call.group(2));
                if (values != null) {
                    values.add(call.group(3));
                }
            }
        }
        assertThat(names(DisputeStatus.class)).containsAll(passed.get("disputeStatus.enter"));
        assertThat(passed.get("disputeStatus.close")).isEqualTo(names(DisputeOutcome.class));
        assertThat(passed.get("escalation.record")).isEqualTo(names(EscalationCause.class));
        assertThat(passed.get("returnOutcome.record")).isEqualTo(names(ReturnOutcome.class));
    }

    /** Identifiers in BPMN expressions and mappings, DMN inputs, and the forms' keys, templates and conditions. */
    static Set<String> variablesInModels() throws IOException {
        Set<String> variables = new TreeSet<>();
        for (Path bpmn : files(PROCESSES, ".bpmn")) {
            // delegate expressions name beans, not variables
            String xml = Files.readString(bpmn).replaceAll("delegateExpression=\"[^\"]*\"", "");
            Matcher expression = EXPRESSION.matcher(xml);
            while (expression.find()) {
                identifiers(expression.group(1), variables);
            }
            attributes(xml, "camunda:(?:in|out) source", variables);
            attributes(xml, "camunda:(?:in|out) source=\"[^\"]*\" target", variables);
            attributes(xml, "camunda:resultVariable", variables);
            attributes(xml, "camunda:outputParameter name", variables);
        }
        for (Path dmn : files(PROCESSES, ".dmn")) {
            Matcher input = Pattern.compile("<inputExpression[^>]*>\\s*<text>([^<]*)</text>").matcher(Files.readString(dmn));
            while (input.find()) {
                identifiers(input.group(1), variables);
            }
        }
        for (Path form : files(FORMS, ".form")) {
            JsonNode json = JSON.readTree(form.toFile());
            json.findValuesAsText("key").forEach(variables::add);
            json.findValuesAsText("valuesKey").forEach(variables::add);
            for (String text : json.findValuesAsText("text")) {
                Matcher template = Pattern.compile("\\{\\{\\s*(?:#if\\s+)?([A-Za-z]\\w*)").matcher(text);
                while (template.find()) {
                    variables.add(template.group(1));
                }
            }
            for (String condition : json.findValuesAsText("hide")) {
                identifiers(condition.replaceFirst("^=", ""), variables);
            }
            for (String description : json.findValuesAsText("description")) {
                if (description.startsWith("=")) {
                    identifiers(description.substring(1).replaceAll("\"[^\"]*\"", ""), variables);
                }
            }
        }
        for (Path html : files(EMBEDDED_FORMS, ".html")) {
            String page = Files.readString(html);
            attributes(page, "cam-variable-name", variables);
            Matcher fetched = Pattern.compile("var names = \\[([^]]*)]").matcher(page);
            while (fetched.find()) {
                Arrays.stream(fetched.group(1).split(",")).map(name -> name.trim().replace("'", ""))
                        .forEach(variables::add);
            }
        }
        variables.removeAll(CONTEXT);
        return variables;
    }

    private static void identifiers(String expression, Set<String> into) {
        Matcher identifier = IDENTIFIER.matcher(expression);
        while (identifier.find()) {
            if (identifier.group(1) != null) {
                into.add(identifier.group(1));
            }
        }
    }

    private static void attributes(String xml, String attribute, Set<String> into) {
        Matcher value = Pattern.compile(attribute + "=\"(\\w+)\"").matcher(xml);
        while (value.find()) {
            into.add(value.group(1));
        }
    }

    static Set<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(ModelContractTest::value).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static java.util.List<BpmnModelInstance> bpmnModels() throws IOException {
        return files(PROCESSES, ".bpmn").stream().map(path -> Bpmn.readModelFromFile(path.toFile())).toList();
    }

    private static java.util.List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
