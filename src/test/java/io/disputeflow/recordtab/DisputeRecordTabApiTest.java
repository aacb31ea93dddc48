package io.disputeflow.recordtab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/process-instances/{id}/dispute-record}: the dispute of a process instance in words for the people
 * of its store and the platform; a supervisor of another company gets nothing, not even whether it exists.
 */
class DisputeRecordTabApiTest extends ApiTestSupport {

    static final String REJECTION = "The listing shows this exact charger";

    final String run = "rt" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void storeSupervisor_readsTheRecordInWords_supervisorOfAnotherCompany_getsNothing() {
        String store = run + "-a";
        stores.register(run + "-ca", "Company A " + run, store, "Aurora " + run);
        String otherStore = run + "-b";
        stores.register(run + "-cb", "Company B " + run, otherStore, "Boreal " + run);
        String agent = person(run + "-alex", PlatformGroup.SELLER_AGENTS, store);
        String supervisor = person(run + "-sofia", PlatformGroup.STORE_SUPERVISORS, store);
        String outsider = person(run + "-sam", PlatformGroup.STORE_SUPERVISORS, otherStore);
        String arbitrationSupervisor = person(run + "-ines", PlatformGroup.ARBITRATION_SUPERVISORS, otherStore);
        String id = opened(ApiFixture.openRequest("O-" + run, store, "NOT_AS_DESCRIBED", "40.00", NOW));
        String respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId();
        tasks.claim(respond, agent);
        tasks.complete(respond, Map.of("sellerDecision", "REJECT", "sellerMessage", REJECTION));
        disputes.runJobs(id);
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(Definitions.DISPUTE_RESOLUTION)
                .processInstanceBusinessKey(id).singleResult().getId();
        String path = "/api/process-instances/" + instance + "/dispute-record";

        ResponseEntity<JsonNode> read = api.get(supervisor, path);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode record = read.getBody();
        assertThat(record.get("disputeId").asText()).isEqualTo(id);
        assertThat(record.get("store").asText()).isEqualTo("Aurora " + run);
        assertThat(record.get("status").asText()).isEqualTo("negotiating");
        assertThat(record.get("reason").asText()).isEqualTo("not as described");
        assertThat(record.get("paid").asText()).isEqualTo("40.00 USD");
        assertThat(record.get("openedAt").asText()).endsWith(" UTC");
        assertThat(record.get("deadlines").findValuesAsText("otherwise"))
                .anyMatch(otherwise -> otherwise.contains("arbitration"));
        assertThat(record.get("timeline").findValuesAsText("who"))
                .contains("The buyer", run + "-alex Browser", "DisputeFlow (automatic)");
        assertThat(record.get("timeline").findValuesAsText("what")).contains("Opened", "The seller answered",
                "Now: negotiating");
        assertThat(record.get("timeline").findValuesAsText("detail")).anyMatch(detail -> detail.contains(REJECTION));
        assertThat(record.toString()).doesNotContain("NEGOTIATING", "NOT_AS_DESCRIBED", "STATUS_");
        assertThat(api.get(arbitrationSupervisor, path).getStatusCode()).as("the platform reads every store")
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> refused = api.get(outsider, path);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody().toString()).doesNotContain(id, store, "Aurora", REJECTION);
        assertThat(api.get(supervisor, "/api/process-instances/no-such-instance/dispute-record").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String person(String userId, PlatformGroup group, String storeId) {
        User user = identity.newUser(userId);
        user.setFirstName(userId);
        user.setLastName("Browser");
        user.setPassword(ApiFixture.password(userId));
        identity.saveUser(user);
        identity.createMembership(userId, group.id());
        if (identity.createTenantQuery().tenantId(storeId).count() == 0) {
            identity.saveTenant(identity.newTenant(storeId));
        }
        identity.createTenantUserMembership(storeId, userId);
        return userId;
    }
}
