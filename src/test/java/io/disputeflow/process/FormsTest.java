package io.disputeflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.process.ProcessModel.Variables;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The Tasklist forms: the field keys and values the processes and listeners rely on, templates that name only known
 * variables, the case file before the decision, and a layout that fits form-js's 16-column grid.
 */
class FormsTest {

    static final Path FORMS = Path.of("forms");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{\\s*(?:#if\\s+|#each\\s+|/if|/each)?([A-Za-z][A-Za-z0-9]*)?");
    /** Filled in by the engine or a task listener rather than named in ProcessModel. */
    static final Set<String> OTHER_VARIABLES = Set.of("takeUpConfirmed");

    static Stream<Path> forms() throws IOException {
        return Files.list(FORMS).filter(path -> path.toString().endsWith(".form")).sorted();
    }

    static JsonNode read(Path form) throws IOException {
        return JSON.readTree(form.toFile());
    }

    @Test
    void fieldKeysAndValuesAreTheOnesTheProcessesUse() throws IOException {
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("sellerDecision", List.of("ACCEPT", "COUNTER_OFFER", "REJECT")),
                Map.entry("counterOfferType", List.of("PARTIAL_REFUND", "REFUND_WITH_RETURN", "RESEND")),
                Map.entry("counterOfferAmount", List.of()),
                Map.entry("replyTemplate", List.of("L1", "L2", "L3")),
                Map.entry("sellerMessage", List.of()),
                Map.entry("protectionExtensionDays", List.of()),
                Map.entry("reportAbuse", List.of()),
                Map.entry("abuseReportReason", List.of()),
                Map.entry("abuseConfirmed", List.of()),
                Map.entry("abuseReviewNote", List.of()),
                Map.entry("buyerCareReply", List.of("L2", "L3")),
                Map.entry("buyerCareMessage", List.of()),
                Map.entry("takeUpConfirmed", List.of()),
                Map.entry("assignedArbitrator", List.of()),
                Map.entry("rulingOutcome", List.of("FULL_REFUND", "PARTIAL_REFUND", "REFUND_WITH_RETURN", "NO_REFUND")),
                Map.entry("rulingRefundAmount", List.of()),
                Map.entry("sellerPenalty", List.of()),
                Map.entry("rulingNote", List.of()),
                Map.entry("declinedRefundAction", List.of("RETRY", "CLOSE")));
        Map<String, List<String>> actual = new java.util.HashMap<>();
        for (Path form : forms().toList()) {
            for (JsonNode component : read(form).get("components")) {
                if (component.has("key")) {
                    List<String> values = new ArrayList<>();
                    component.path("values").forEach(value -> values.add(value.get("value").asText()));
                    actual.put(component.get("key").asText(), values);
                }
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void templatesNameKnownVariables_componentIdsAreUnique_rowsFitTheGrid(Path form) throws Exception {
        JsonNode components = read(form).get("components");
        Set<String> known = variableNames();
        Set<String> ids = new HashSet<>();
        Map<String, Integer> rowWidths = new java.util.HashMap<>();
        for (JsonNode component : components) {
            assertThat(ids.add(component.get("id").asText())).as("unique id %s", component.get("id")).isTrue();
            Matcher names = TEMPLATE_VARIABLE.matcher(component.path("text").asText());
            while (names.find()) {
                if (names.group(1) != null) {
                    assertThat(known).as("variable in %s of %s", component.get("id"), form).contains(names.group(1));
                }
            }
            JsonNode layout = component.path("layout");
            if (layout.has("row")) {
                rowWidths.merge(layout.get("row").asText(), layout.path("columns").asInt(16), Integer::sum);
            }
        }
        assertThat(rowWidths.values()).allSatisfy(width -> assertThat(width).isLessThanOrEqualTo(16));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void theCaseFileComesFirst_thenTheDecision(Path form) throws IOException {
        List<JsonNode> components = new ArrayList<>();
        read(form).get("components").forEach(components::add);
        int firstField = components.stream().filter(c -> c.has("key")).map(components::indexOf).findFirst().orElseThrow();
        String caseFile = components.subList(0, firstField).stream().map(c -> c.path("text").asText())
                .reduce("", String::concat);

        assertThat(caseFile).contains("{{orderFacts}}", "{{buyerMessage}}", "{{disputeId}}", "**Deadline:**");
        assertThat(components.subList(firstField, components.size())).noneMatch(c -> c.path("text").asText()
                .contains("{{orderFacts}}"));
        components.stream().filter(c -> c.has("key") && !"checkbox".equals(c.get("type").asText()))
                .forEach(field -> assertThat(field.path("description").asText()).as("help for %s", field.get("key"))
                        .isNotBlank());
    }

    @Test
    void theArbitratorSeesBothPartiesEvidenceSideBySide() throws IOException {
        List<JsonNode> row = new ArrayList<>();
        read(FORMS.resolve("rule-on-dispute.form")).get("components").forEach(component -> {
            if (component.path("layout").has("row") && component.path("text").asText().contains("{{evidenceOf")) {
                row.add(component);
            }
        });

        assertThat(row).hasSize(2);
        assertThat(row.get(0).get("text").asText()).contains("{{evidenceOfBuyer}}");
        assertThat(row.get(1).get("text").asText()).contains("{{evidenceOfSeller}}");
        assertThat(row).allSatisfy(component -> {
            assertThat(component.at("/layout/row").asText()).isEqualTo(row.get(0).at("/layout/row").asText());
            assertThat(component.at("/layout/columns").asInt()).isEqualTo(8);
        });
    }

    @Test
    void theSellersFormKeepsTheLogisticsReplyTemplates() throws IOException {
        String form = Files.readString(FORMS.resolve("respond-to-dispute.form"));

        assertThat(form).contains("{{replyL1}}", "{{replyL2}}", "{{replyL3}}", "\"key\": \"replyTemplate\"");
    }

    /**
     * Amounts are text fields (a form-js number field loses the first keys typed into the next field while it commits
     * its value): two texts under the field say, before submit, when the value is not an amount or is more than the
     * buyer paid; the server refuses both in words.
     */
    @Test
    void amountsAreCheckedInTheFormAgainstWhatTheBuyerPaid() throws IOException {
        for (String form : List.of("respond-to-dispute.form", "rule-on-dispute.form")) {
            List<JsonNode> components = new ArrayList<>();
            read(FORMS.resolve(form)).get("components").forEach(components::add);
            JsonNode amount = components.stream().filter(c -> c.path("key").asText().endsWith("Amount")).findFirst()
                    .orElseThrow();
            String key = amount.get("key").asText();
            assertThat(amount.get("type").asText()).isEqualTo("textfield");
            assertThat(amount.at("/appearance/suffixAdorner").asText()).isEqualTo("=currency");
            assertThat(amount.at("/validate/pattern").isMissingNode()).as("form-js shows a pattern as a regex").isTrue();
            int at = components.indexOf(amount);
            assertThat(components.get(at + 2).at("/conditional/hide").asText())
                    .isEqualTo("=not(number(replace(" + key + ", \",\", \".\")) > number(paidAmount) = true)");
            assertThat(components.get(at + 1).at("/conditional/hide").asText()).contains("number(replace(" + key);
        }
    }

    static Set<String> variableNames() throws IllegalAccessException {
        Set<String> names = new HashSet<>(OTHER_VARIABLES);
        for (Field field : Variables.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    /** Confirm return receipt uploads a photo, so it is an embedded HTML form served by the application. */
    @Test
    void confirmReturnReceipt_isAnEmbeddedFormWithTheReceiptChoiceAndAPhotoUpload() throws IOException {
        String bpmn = Files.readString(Path.of("processes", "ReturnShipment.bpmn"));
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("camunda:formKey=\"embedded:(/[^\"]+)\"")
                .matcher(bpmn);
        assertThat(key.find()).as("Task_ConfirmReturnReceipt has an embedded form").isTrue();
        Path html = Path.of("src/main/resources/static").resolve(key.group(1).substring(1));
        String form = Files.readString(html);

        assertThat(form).contains("cam-variable-name=\"returnReceipt\"", "value=\"RECEIVED_OK\"",
                "value=\"NOT_RECEIVED\"", "value=\"WRONG_ITEM\"", "cam-variable-name=\"returnPhoto\"",
                "cam-variable-type=\"File\"", "fetchVariable(name)");
        assertThat(form).as("the variables the form shows exist").contains("'returnFacts'", "'orderFacts'",
                "'buyerMessage'", "'evidenceOfBuyer'", "'evidenceOfSeller'");
    }
}
