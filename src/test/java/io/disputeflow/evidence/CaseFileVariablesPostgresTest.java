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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The case file the forms show, on PostgreSQL: collectEvidence and caseFileRefresh write each party's evidence with
 * links that download the files through the API.
 */
class CaseFileVariablesPostgresTest extends ApiTestSupport {

    static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((/api/disputes/[^)]+)\\)");
    static final byte[] BUYER_PHOTO = "buyer: the dented lid".getBytes(StandardCharsets.UTF_8);
    static final byte[] SELLER_RECORD = "seller: packed intact, 1.2 kg".getBytes(StandardCharsets.UTF_8);
    static final byte[] PLATFORM_NOTE = "platform: carrier confirms damage".getBytes(StandardCharsets.UTF_8);

    @Autowired
    CaseFileRefresh caseFileRefresh;
    @Autowired
    ProcessEngine engine;

    @Test
    void collectEvidence_writesBothPartiesEvidenceWithWorkingLinks() {
        String id = open("CF-1");
        upload(STOREFRONT, id, "BUYER", "PHOTO", "dented lid.jpg", MediaType.IMAGE_JPEG, BUYER_PHOTO);
        upload(NORTH_AGENT, id, "SELLER", "WEIGHT_DEDUCTION_SCREENSHOT", "weight.png", MediaType.IMAGE_PNG,
                SELLER_RECORD);

        disputes.runJobs(id);

        Map<String, Object> variables = variablesOf(id);
        assertThat(variables.get(Variables.BUYER_MESSAGE)).isEqualTo("Not what I ordered");
        assertThat((String) variables.get(Variables.ORDER_FACTS)).contains("**Order:** " + records.get(id).orderId())
                .contains("**Paid:** 40.00 USD · **buyer asks:** 10.00 USD", "**Carrier:** Cainiao");
        assertThat((String) variables.get(Variables.TRACKING_FACTS)).startsWith("No tracking events received yet");
        assertThat(variables.get(Variables.EVIDENCE_OF_PLATFORM)).isEqualTo("none yet");
        assertThat(variables.get(Variables.CASE_FILE_AS_OF)).isEqualTo("23 Nov 2026, 10:00 UTC");

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
    void caseFileRefresh_onTaskCreation_addsEvidenceFiledLater_withoutATimelineEntry() {
        String id = open("CF-2");
        disputes.runJobs(id);
        assertThat(variablesOf(id)).containsEntry(Variables.EVIDENCE_OF_BUYER, "none yet")
                .containsEntry(Variables.EVIDENCE_OF_SELLER, "none yet");

        upload(STOREFRONT, id, "BUYER", "PHOTO", "lid.jpg", MediaType.IMAGE_JPEG, BUYER_PHOTO);
        upload(NORTH_AGENT, id, "SELLER", "OTHER", "packing.txt", MediaType.TEXT_PLAIN, SELLER_RECORD);
        upload(ARBITRATOR, id, "PLATFORM", "CARRIER_NOTICE", "carrier.txt", MediaType.TEXT_PLAIN, PLATFORM_NOTE);
        Task respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE);
        engineConfiguration().getCommandExecutorTxRequired().execute(context -> {
            caseFileRefresh.notify(context.getTaskManager().findTaskById(respond.getId()));
            return null;
        });

        Map<String, Object> variables = tasks.getVariables(respond.getId());
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
    void caseFileRefresh_asExpression_refreshesTheExecution() {
        String id = open("CF-3");
        disputes.runJobs(id);
        upload(NORTH_AGENT, id, "SELLER", "PHOTO", "box.jpg", MediaType.IMAGE_JPEG, SELLER_RECORD);
        String executionId = disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getExecutionId();

        engineConfiguration().getCommandExecutorTxRequired().execute(context -> {
            caseFileRefresh.refresh(context.getExecutionManager().findExecutionById(executionId));
            return null;
        });

        assertThat((String) variablesOf(id).get(Variables.EVIDENCE_OF_SELLER)).contains("[box.jpg](");
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

    Map<String, Object> variablesOf(String id) {
        return runtime.getVariables(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey("DisputeResolution").singleResult().getId());
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

    ProcessEngineConfigurationImpl engineConfiguration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
