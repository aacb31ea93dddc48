package io.disputeflow.evidence;

import static io.disputeflow.support.ApiFixture.ARBITRATOR;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.NORTH_AGENT;
import static io.disputeflow.support.ApiFixture.SOUTH_AGENT;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The case file the forms show, on PostgreSQL: read from the dispute record when a form asks for its variables (as
 * Tasklist does), with each party's evidence linked for download through the API; nothing of it is stored in the
 * process.
 */
class CaseFileFormFieldsPostgresTest extends ApiTestSupport {

    static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((/api/disputes/[^)]+)\\)");
    static final byte[] BUYER_PHOTO = "buyer: the dented lid".getBytes(StandardCharsets.UTF_8);
    static final byte[] SELLER_RECORD = "seller: packed intact, 1.2 kg".getBytes(StandardCharsets.UTF_8);
    static final byte[] PLATFORM_NOTE = "platform: carrier confirms damage".getBytes(StandardCharsets.UTF_8);
    /** What the case file shows that older versions stored as variables of the process and its tasks. */
    static final List<String> CASE_FILE = List.of(Variables.CASE_SUMMARY, Variables.EVIDENCE_CHECKLIST,
            Variables.EVIDENCE_COUNT, Variables.BUYER_MESSAGE, Variables.ORDER_FACTS, Variables.TRACKING_FACTS,
            Variables.EVIDENCE_OF_BUYER, Variables.EVIDENCE_OF_SELLER, Variables.EVIDENCE_OF_PLATFORM,
            Variables.CONVERSATION, Variables.BUYER_POSITION, Variables.SELLER_POSITION, Variables.CATEGORY_LABEL,
            Variables.CASE_FILE_AS_OF, Variables.SELLER_ANSWER_TERM, Variables.TASK_TERM, Variables.DISPUTE_ID,
            Variables.CURRENCY, Variables.PAID_AMOUNT, Variables.REQUESTED_AMOUNT);

    @Autowired
    FormService forms;
    @Autowired
    HistoryService history;

    @Test
    void theRespondForm_readsBothPartiesEvidenceWithWorkingLinks_andTheModelsDeadlines() {
        String id = open("CF-1");
        upload(STOREFRONT, id, "BUYER", "PHOTO", "dented lid.jpg", MediaType.IMAGE_JPEG, BUYER_PHOTO);
        upload(NORTH_AGENT, id, "SELLER", "WEIGHT_DEDUCTION_SCREENSHOT", "weight.png", MediaType.IMAGE_PNG,
                SELLER_RECORD);

        disputes.runJobs(id);

        Map<String, Object> variables = formOf(id);
        assertThat(variables.get(Variables.BUYER_MESSAGE)).isEqualTo("Not what I ordered");
        assertThat((String) variables.get(Variables.ORDER_FACTS)).contains("**Order:** " + records.get(id).orderId())
                .contains("**Paid:** 40.00 USD · **buyer asks:** 10.00 USD", "**Carrier:** Cainiao");
        assertThat((String) variables.get(Variables.TRACKING_FACTS)).startsWith("No tracking events received yet");
        assertThat(variables.get(Variables.EVIDENCE_OF_PLATFORM)).isEqualTo("none yet");
        assertThat(variables.get(Variables.CASE_FILE_AS_OF)).isEqualTo("23 Nov 2026, 10:00 UTC");
        assertThat((String) variables.get(Variables.CASE_SUMMARY)).as("from the classification decision")
                .contains("evidence to collect: photos or video of the item");
        assertThat(variables.get(Variables.EVIDENCE_CHECKLIST)).isEqualTo("Photo: present");
        assertThat(variables).containsEntry(Variables.SELLER_ANSWER_TERM, "5 days")
                .containsEntry(Variables.TASK_TERM, "5 days")
                .containsEntry(Variables.DISPUTE_ID, id).containsEntry(Variables.CURRENCY, "USD")
                .containsEntry(Variables.PAID_AMOUNT, "40.00").containsEntry(Variables.REQUESTED_AMOUNT, "10.00");

        String buyer = (String) variables.get(Variables.EVIDENCE_OF_BUYER);
        assertThat(buyer).startsWith("- Photo: [dented lid.jpg](/api/disputes/" + id + "/evidence/")
                .contains(" · the buyer · 23 Nov 2026, 10:00 UTC")
                .doesNotContain("\n");
        assertThat(downloads(buyer, NORTH_AGENT)).containsExactly(BUYER_PHOTO);
        String seller = (String) variables.get(Variables.EVIDENCE_OF_SELLER);
        assertThat(seller).startsWith("- Weight deduction screenshot: [weight.png](/api/disputes/" + id + "/evidence/");
        assertThat(downloads(seller, ARBITRATOR)).containsExactly(SELLER_RECORD);
        assertThat(variables).containsEntry(Variables.EVIDENCE_COUNT, 2);
    }

    @Test
    void evidenceFiledAfterTheTaskWasCreated_isInTheFormAtOnce_withoutATimelineEntry() {
        String id = open("CF-2");
        disputes.runJobs(id);
        assertThat(formOf(id)).containsEntry(Variables.EVIDENCE_OF_BUYER, "none yet")
                .containsEntry(Variables.EVIDENCE_OF_SELLER, "none yet");

        upload(STOREFRONT, id, "BUYER", "PHOTO", "lid.jpg", MediaType.IMAGE_JPEG, BUYER_PHOTO);
        upload(NORTH_AGENT, id, "SELLER", "OTHER", "packing.txt", MediaType.TEXT_PLAIN, SELLER_RECORD);
        upload(ARBITRATOR, id, "PLATFORM", "CARRIER_NOTICE", "carrier.txt", MediaType.TEXT_PLAIN, PLATFORM_NOTE);

        Map<String, Object> variables = formOf(id);
        assertThat(downloads((String) variables.get(Variables.EVIDENCE_OF_BUYER), NORTH_AGENT))
                .containsExactly(BUYER_PHOTO);
        assertThat(downloads((String) variables.get(Variables.EVIDENCE_OF_SELLER), NORTH_AGENT))
                .containsExactly(SELLER_RECORD);
        assertThat(downloads((String) variables.get(Variables.EVIDENCE_OF_PLATFORM), ARBITRATOR))
                .containsExactly(PLATFORM_NOTE);
        assertThat(variables).containsEntry(Variables.EVIDENCE_COUNT, 3);
        assertThat(records.timelineActions(id)).containsOnlyOnce("CASE_FILE_BUILT");

        String link = links((String) variables.get(Variables.EVIDENCE_OF_SELLER)).get(0);
        assertThat(api.download(SOUTH_AGENT, link).getStatusCode()).as("another company's agent")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void noCaseFileVariableIsWritten_norItsHistory() {
        String id = open("CF-3");
        disputes.runJobs(id);
        String instance = instanceOf(id);

        assertThat(runtime.getVariables(instance)).doesNotContainKeys(CASE_FILE.toArray(String[]::new));
        Task respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE);
        assertThat(tasks.getVariablesLocal(respond.getId())).doesNotContainKeys(CASE_FILE.toArray(String[]::new));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableNameIn(CASE_FILE.toArray(String[]::new)).count()).isZero();
        assertThat(formOf(id)).containsKeys(CASE_FILE.toArray(String[]::new));
    }

    @Test
    void tasklistsRequest_asTheSellerAgent_getsTheCaseFileAsText() {
        String id = open("CF-4");
        disputes.runJobs(id);
        Task respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE);

        ResponseEntity<JsonNode> answer = api.get(NORTH_AGENT, "/engine-rest/task/" + respond.getId()
                + "/form-variables");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get(Variables.ORDER_FACTS).get("type").asText()).isEqualTo("String");
        assertThat(answer.getBody().get(Variables.ORDER_FACTS).get("value").asText()).contains("**Carrier:** Cainiao");
        assertThat(answer.getBody().get(Variables.SELLER_ANSWER_TERM).get("value").asText()).isEqualTo("5 days");
        assertThat(answer.getBody().get(Variables.ESCALATED_BECAUSE).get("type").asText()).isEqualTo("Null");
        ResponseEntity<JsonNode> otherCompany = api.get(SOUTH_AGENT, "/engine-rest/task/" + respond.getId()
                + "/form-variables");
        assertThat(otherCompany.getStatusCode().is2xxSuccessful()).as("another company's agent").isFalse();
        assertThat(String.valueOf(otherCompany.getBody())).doesNotContain("Cainiao", "Not what I ordered");
    }

    String open(String order) {
        ResponseEntity<com.fasterxml.jackson.databind.JsonNode> opened = api.post(STOREFRONT, "/api/disputes",
                openRequest("O-" + order + "-" + System.nanoTime(), NORTH_1, "DEFECTIVE", "10.00", NOW));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return opened.getBody().get("id").asText();
    }

    void upload(String user, String id, String party, String kind, String fileName, MediaType type, byte[] content) {
        assertThat(api.upload(user, id, party, kind, fileName, type, content).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    /** The variables of the dispute's "Respond to dispute" form, as Tasklist reads them. */
    Map<String, Object> formOf(String id) {
        return forms.getTaskFormVariables(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId());
    }

    String instanceOf(String id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey("DisputeResolution").singleResult().getId();
    }

    List<byte[]> downloads(String markdown, String user) {
        return links(markdown).stream().map(link -> {
            ResponseEntity<byte[]> file = api.download(user, link);
            assertThat(file.getStatusCode()).as(link).isEqualTo(HttpStatus.OK);
            return file.getBody();
        }).toList();
    }

    static List<String> links(String markdown) {
        Matcher matcher = LINK.matcher(markdown);
        List<String> links = new java.util.ArrayList<>();
        while (matcher.find()) {
            links.add(matcher.group(2));
        }
        assertThat(links).as(markdown).isNotEmpty();
        return links;
    }

}
