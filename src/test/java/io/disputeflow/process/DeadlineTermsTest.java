package io.disputeflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.process.ProcessModel.Variables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The forms quote deadlines from the models: every term a form names is read from the shipped models, and each reads
 * what the rules say (a timer edited in Modeler changes the words, {@code DeadlineTermsPostgresTest}).
 */
class DeadlineTermsTest {

    static final Pattern TERM_IN_FORM = Pattern.compile("\\b([a-z]\\w*Term)\\b");

    @Test
    void everyTermReadsTheShippedModels() throws IOException {
        Map<String, BpmnModelInstance> models = shippedModels();
        Map<String, String> terms = new TreeMap<>();
        for (DeadlineTerms.Source source : DeadlineTerms.SOURCES) {
            DeadlineTerms.durationAt(models.get(source.processKey()), source.elementId(), source.dayWord())
                    .ifPresent(words -> terms.put(source.variable(), words));
        }
        assertThat(terms).isEqualTo(new TreeMap<>(Map.of(
                Variables.SELLER_ANSWER_TERM, "5 days",
                Variables.SELLER_REMINDER_TERM, "4 days",
                Variables.NEGOTIATION_TERM, "15 days",
                Variables.BUYER_CARE_INTERVAL_TERM, "2 days",
                Variables.ARBITRATION_INTAKE_TERM, "2 working days",
                Variables.RETURN_SHIPMENT_TERM, "10 days",
                Variables.RETURN_RECEIPT_TERM, "30 days")));
    }

    @Test
    void formsQuoteOnlyTermsTheModelsProvide_andTaskTermOnlyWhereTheDueDateIsALiteral() throws IOException {
        Set<String> provided = DeadlineTerms.SOURCES.stream().map(DeadlineTerms.Source::variable)
                .collect(Collectors.toCollection(TreeSet::new));
        provided.add(Variables.TASK_TERM);
        Map<String, String> formOfTask = new TreeMap<>();
        for (BpmnModelInstance model : shippedModels().values()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef") != null) {
                    formOfTask.put(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef"),
                            task.getId());
                }
            }
        }
        for (Path form : files(Path.of("forms"), ".form")) {
            String json = Files.readString(form);
            Set<String> quoted = terms(json);
            assertThat(provided).as(form + " quotes").containsAll(quoted);
            if (quoted.contains(Variables.TASK_TERM)) {
                String formId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("id").asText();
                String taskId = formOfTask.get(formId);
                BpmnModelInstance model = shippedModels().values().stream()
                        .filter(candidate -> candidate.getModelElementById(taskId) != null).findFirst().orElseThrow();
                assertThat(DeadlineTerms.durationAt(model, taskId, "day")).as(taskId + " due date").isPresent();
            }
        }
        assertThat(terms(Files.readString(Path.of("src/main/resources/static/forms/confirm-return-receipt.html"))))
                .containsExactly(Variables.RETURN_RECEIPT_TERM);
    }

    @Test
    void noFormRepeatsADurationInWords() throws IOException {
        Pattern copied = Pattern.compile("(?:within|after|for) \\d+ (?:working )?days?");
        for (Path form : files(Path.of("forms"), ".form")) {
            assertThat(copied.matcher(Files.readString(form)).results().map(java.util.regex.MatchResult::group).toList())
                    .as(form.toString()).isEmpty();
        }
    }

    private static Set<String> terms(String text) {
        return TERM_IN_FORM.matcher(text).results().map(match -> match.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Map<String, BpmnModelInstance> shippedModels() throws IOException {
        Map<String, BpmnModelInstance> models = new TreeMap<>();
        for (Path bpmn : files(Path.of("processes"), ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
            model.getModelElementsByType(Process.class).forEach(process -> models.put(process.getId(), model));
        }
        return models;
    }

    private static java.util.List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
