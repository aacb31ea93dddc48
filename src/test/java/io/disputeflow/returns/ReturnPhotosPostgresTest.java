package io.disputeflow.returns;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * R16 with evidence: the seller answers "Confirm return receipt" in Tasklist's embedded form with a photo of what
 * came back (a File variable); the photo becomes SELLER evidence of the dispute and leaves the process variables.
 */
class ReturnPhotosPostgresTest extends ApiTestSupport {

    String disputeAwaitingReceipt() {
        Map<String, Object> request = openRequest("O-RET-" + System.nanoTime(), NORTH_1, "WRONG_ITEM", "40.00", NOW);
        request.put("returnOffered", true);
        String id = api.post(STOREFRONT, "/api/disputes", request).getBody().get("id").asText();
        disputes.runJobs(id);
        tasks.complete(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(), Map.of("sellerDecision", "ACCEPT"));
        disputes.runJobs(id);
        api.post(STOREFRONT, "/api/disputes/" + id + "/return-shipment",
                Map.of("carrier", "Cainiao", "trackingNumber", "RT-" + id));
        return id;
    }

    ResponseEntity<String> confirm(Task task, String receipt, String fileName, String mimeType, byte[] photo) {
        Map<String, Object> file = Map.of("type", "File", "value", Base64.getEncoder().encodeToString(photo),
                "valueInfo", Map.of("filename", fileName, "mimeType", mimeType));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return api.as(ADMIN).exchange("/engine-rest/task/" + task.getId() + "/complete", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", Map.of("returnReceipt", Map.of("value", receipt),
                        "returnPhoto", file)), headers), String.class);
    }

    @Test
    void R16_wrongItemReportedWithAPhoto_photoFiledAsSellerEvidence() {
        String id = disputeAwaitingReceipt();
        Task confirm = disputes.task(id, Tasks.CONFIRM_RETURN_RECEIPT);
        byte[] photo = "a phone case instead of the phone".getBytes(StandardCharsets.UTF_8);

        assertThat(confirm(confirm, "WRONG_ITEM", "returned.png", "image/png", photo).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode filed = api.get(ADMIN, "/api/disputes/" + id + "/evidence").getBody();
        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).get("party").asText()).isEqualTo("SELLER");
        assertThat(filed.get(0).get("fileName").asText()).isEqualTo("returned.png");
        assertThat(api.download(ADMIN, filed.get(0).get("href").asText()).getBody()).isEqualTo(photo);
        assertThat(runtime.createVariableInstanceQuery().variableName("returnPhoto").processInstanceIdIn(
                confirm.getProcessInstanceId()).count()).isZero();
        disputes.runJobs(id); // the dispute goes on after the return in its own asynchronous step
        assertThat(api.get(ADMIN, "/api/disputes/" + id).getBody().get("status").asText()).isEqualTo("IN_ARBITRATION");
    }

    @Test
    void aFileTheEvidenceStoreRefuses_keepsTheTaskOpenWithTheReason() {
        String id = disputeAwaitingReceipt();
        Task confirm = disputes.task(id, Tasks.CONFIRM_RETURN_RECEIPT);

        ResponseEntity<String> refused = confirm(confirm, "WRONG_ITEM", "tool.exe", "application/x-msdownload",
                new byte[] {1, 2, 3});

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("not accepted");
        assertThat(disputes.task(id, Tasks.CONFIRM_RETURN_RECEIPT).getId()).isEqualTo(confirm.getId());
        assertThat(api.get(ADMIN, "/api/disputes/" + id + "/evidence").getBody()).isEmpty();
    }
}
