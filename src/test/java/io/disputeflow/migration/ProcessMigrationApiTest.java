package io.disputeflow.migration;

import static io.disputeflow.support.ApiFixture.NORTH_1;
import static io.disputeflow.support.ApiFixture.NORTH_2;
import static io.disputeflow.support.ApiFixture.SOUTH_1;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.dispute.TimelineEntry;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import io.disputeflow.support.ShippedModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Process owners preview and run the migration of open disputes to a new version of their process, over HTTP as the
 * process owner owen, on PostgreSQL. Each test deploys the full set of shipped models and forms with one change made
 * in memory, and deletes that deployment (and closes its disputes) afterwards, so the shipped models stay the latest
 * for the other test classes of the shared context.
 */
class ProcessMigrationApiTest extends ApiTestSupport {

    /** A process owner of its own (Owen Process Owner): another test's "owen" account has another password. */
    static final String OWNER = "migration-owner";
    static final String SELLER_ANSWERS = "The seller accepts, rejects or counters the refund request";
    static final String COUNTER_OFFER_STEP = "Buyer's answer to the counter-offer";

    @Autowired
    RepositoryService repository;
    @Autowired
    FormService forms;

    final List<String> deployments = new ArrayList<>();
    final List<String> opened = new ArrayList<>();

    @BeforeEach
    void theProcessOwner() {
        ApiFixture.person(identity, OWNER, "Owen", "Process Owner", PlatformGroup.PROCESS_OWNERS, List.of());
        // as StoreTenants does for every store: process owners work for every store
        for (String store : List.of(NORTH_1, NORTH_2, SOUTH_1)) {
            if (identity.createTenantQuery().tenantId(store).groupMember(PlatformGroup.PROCESS_OWNERS.id())
                    .count() == 0) {
                identity.createTenantGroupMembership(store, PlatformGroup.PROCESS_OWNERS.id());
            }
        }
    }

    @AfterEach
    void closeTheDisputesAndRemoveTheTestVersions() {
        for (String id : opened) {
            api.post(ApiFixture.STOREFRONT, "/api/disputes/" + id + "/cancellation", null);
            disputes.runJobs(id);
        }
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void sellersFiveDaysBecomeSeven_previewShowsEveryDeadlineTwoDaysLater_andTheBatchMovesTheDisputes() {
        List<String> ids = List.of(open("40.00"), open("25.00"), open("12.50"));
        ProcessDefinition shipped = latest();
        ProcessDefinition seven = deploy(ShippedModels::sellerAnswersInSevenDays);

        ResponseEntity<JsonNode> everything = preview(Map.of());
        assertThat(everything.getStatusCode()).as(String.valueOf(everything.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(everything.getBody().get("targetVersion").asInt()).isEqualTo(seven.getVersion());
        // every open dispute is previewed; other test classes' disputes may carry due dates set by hand (Cockpit),
        // which the new version recomputes, so only this test's own disputes are checked here
        List<JsonNode> sellerDeadlines = stream(everything.getBody().get("disputes"))
                .filter(move -> ids.contains(move.get("disputeId").asText()))
                .filter(move -> move.get("canMove").asBoolean())
                .flatMap(move -> stream(move.get("dueDates")))
                .filter(shift -> "R2".equals(shift.path("rule").asText())).toList();
        assertThat(sellerDeadlines).as(everything.getBody().toPrettyString()).hasSize(3).allSatisfy(shift -> {
            assertThat(Duration.between(instant(shift, "dueBefore"), instant(shift, "dueAfter")))
                    .isEqualTo(Duration.ofDays(2));
            assertThat(shift.get("change").asText()).isEqualTo("2 days later");
        });

        JsonNode preview = preview(Map.of("disputeIds", ids)).getBody();
        JsonNode summary = preview.get("summary");
        assertThat(summary.get("disputes").asInt()).isEqualTo(3);
        assertThat(summary.get("canMove").asInt()).isEqualTo(3);
        assertThat(summary.get("dueAtOnce").asInt()).isZero();
        assertThat(summary.at("/moneyAtRisk/unchanged").asBoolean()).isTrue();
        assertThat(summary.at("/moneyAtRisk/before/0/amount").asText()).isEqualTo("77.50");
        assertThat(summary.at("/moneyAtRisk/after/0/amount").asText()).isEqualTo("77.50");
        assertThat(summary.at("/moneyAtRisk/after/0/currency").asText()).isEqualTo("USD");
        assertThat(summary.get("text").asText()).contains("3 of 3 open disputes can move to version "
                + seven.getVersion()).contains("money at risk stays 77.50 USD");
        for (JsonNode move : preview.get("disputes")) {
            assertThat(move.get("storeName").asText()).isEqualTo("North One");
            assertThat(move.get("currentVersion").asInt()).isEqualTo(shipped.getVersion());
            assertThat(texts(move.get("waitsIn"))).containsExactly("Respond to dispute");
            Map<String, JsonNode> shifts = byWhat(move.get("dueDates"));
            assertThat(shifts).as(move.toPrettyString())
                    .containsKeys(SELLER_ANSWERS, "'Respond to dispute' task", "Answer due in 1 day");
            assertThat(instant(shifts.get(SELLER_ANSWERS), "dueBefore")).isEqualTo(NOW.plus(Duration.ofDays(5)));
            assertThat(instant(shifts.get(SELLER_ANSWERS), "dueAfter")).isEqualTo(NOW.plus(Duration.ofDays(7)));
            assertThat(instant(shifts.get("'Respond to dispute' task"), "dueAfter"))
                    .isEqualTo(NOW.plus(Duration.ofDays(7)));
            assertThat(shifts.get("Answer due in 1 day").get("change").asText()).isEqualTo("unchanged");
        }
        // the dry run left everything as it was
        ids.forEach(id -> assertThat(instanceOf(id).getProcessDefinitionId()).isEqualTo(shipped.getId()));
        assertThat(sellerDeadline(ids.get(0))).isEqualTo(NOW.plus(Duration.ofDays(5)));

        ResponseEntity<JsonNode> started = migrate(Map.of("disputeIds", ids));
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody().get("left")).isEmpty();
        assertThat(started.getBody().get("moving")).hasSize(3);
        JsonNode batchJson = started.getBody().at("/batches/0");
        assertThat(batchJson.get("disputes").asInt()).isEqualTo(3);
        Batch batch = management.createBatchQuery().batchId(batchJson.get("id").asText()).singleResult();
        assertThat(batch.getType()).isEqualTo(Batch.TYPE_PROCESS_INSTANCE_MIGRATION);
        assertThat(batch.getCreateUserId()).isEqualTo(OWNER);
        ids.forEach(id -> assertThat(instanceOf(id).getProcessDefinitionId()).isEqualTo(shipped.getId()));

        runBatch(batch);

        for (String id : ids) {
            assertThat(instanceOf(id).getProcessDefinitionId()).isEqualTo(seven.getId());
            assertThat(sellerDeadline(id)).isEqualTo(NOW.plus(Duration.ofDays(7)));
            Task respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE);
            assertThat(respond.getDueDate().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(7)));
            assertThat(forms.getTaskFormVariables(respond.getId()).get(Variables.SELLER_ANSWER_TERM))
                    .as("the form's words follow the new version").isEqualTo("7 days");
            List<TimelineEntry> moved = records.timeline(id).stream()
                    .filter(entry -> entry.action().equals("MIGRATED")).toList();
            assertThat(moved).hasSize(1);
            assertThat(moved.get(0).actor()).isEqualTo(OWNER);
            assertThat(moved.get(0).detail())
                    .startsWith("Moved by Owen Process Owner from version " + shipped.getVersion() + " to version "
                            + seven.getVersion() + ": ")
                    .contains("'" + SELLER_ANSWERS + "' due 30 Nov 2026, 10:00 UTC (was 28 Nov 2026, 10:00 UTC)")
                    .contains("'Respond to dispute' task due 30 Nov 2026, 10:00 UTC (was 28 Nov 2026, 10:00 UTC)")
                    .doesNotContain("Answer due in 1 day");
        }
    }

    @Test
    void aTargetWithoutTheStepTheDisputesWaitIn_leavesThemWhereTheyAre_andSaysWhy() {
        String waitsForSeller = open("30.00");
        List<String> countered = List.of(open("40.00"), open("20.00"));
        countered.forEach(id -> {
            Task respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE);
            assertThat(api.completeTask(ApiFixture.ADMIN, respond.getId(), Map.of("sellerDecision", "COUNTER_OFFER",
                    "counterOfferType", "PARTIAL_REFUND", "counterOfferAmount", "8.00", "sellerMessage",
                    "8.00 back")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            disputes.runJobs(id);
        });
        ProcessDefinition shipped = latest();
        ProcessDefinition redrawn = deploy(bpmn -> bpmn.replace("Gateway_BuyerAnswersCounterOffer",
                "Gateway_BuyerDecidesOnOffer").replace(COUNTER_OFFER_STEP, "Buyer decides on the offer"));
        List<String> ids = List.of(waitsForSeller, countered.get(0), countered.get(1));

        JsonNode preview = preview(Map.of("disputeIds", ids)).getBody();
        assertThat(preview.at("/summary/canMove").asInt()).isEqualTo(1);
        assertThat(preview.at("/summary/cannotMove").asInt()).isEqualTo(2);
        Map<String, JsonNode> moves = new HashMap<>();
        preview.get("disputes").forEach(move -> moves.put(move.get("disputeId").asText(), move));
        assertThat(moves.get(waitsForSeller).get("canMove").asBoolean()).isTrue();
        String why = "waits in '" + COUNTER_OFFER_STEP + "', which version " + redrawn.getVersion()
                + " no longer has";
        for (String id : countered) {
            assertThat(moves.get(id).get("canMove").asBoolean()).isFalse();
            assertThat(texts(moves.get(id).get("waitsIn"))).containsExactly(COUNTER_OFFER_STEP);
            assertThat(texts(moves.get(id).get("whyNot"))).containsExactly(why);
        }

        ResponseEntity<JsonNode> started = migrate(Map.of("disputeIds", ids));
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody().get("text").asText()).contains("1 dispute moves", "2 stay where they are");
        assertThat(stream(started.getBody().get("left")).map(left -> left.get("disputeId").asText()))
                .containsExactlyInAnyOrderElementsOf(countered);
        started.getBody().get("left").forEach(left -> assertThat(texts(left.get("whyNot"))).containsExactly(why));
        runBatch(management.createBatchQuery().batchId(started.getBody().at("/batches/0/id").asText())
                .singleResult());

        assertThat(instanceOf(waitsForSeller).getProcessDefinitionId()).isEqualTo(redrawn.getId());
        for (String id : countered) {
            assertThat(instanceOf(id).getProcessDefinitionId()).isEqualTo(shipped.getId());
            assertThat(records.timelineActions(id)).doesNotContain("MIGRATED");
        }
        assertThat(records.timeline(waitsForSeller).stream().filter(entry -> entry.action().equals("MIGRATED")))
                .singleElement().extracting(TimelineEntry::detail).asString().endsWith("; no deadline changed");
    }

    @Test
    void onlyProcessOwnersMigrate_andRefusalsNameTheField() {
        for (String other : List.of(ApiFixture.NORTH_AGENT, ApiFixture.STOREFRONT, ApiFixture.ARBITRATOR)) {
            assertProblem(api.post(other, "/api/process-versions/DisputeResolution/migration-preview", Map.of()),
                    HttpStatus.FORBIDDEN, "forbidden");
            assertProblem(api.post(other, "/api/process-versions/DisputeResolution/migrations", Map.of()),
                    HttpStatus.FORBIDDEN, "forbidden");
        }
        ResponseEntity<JsonNode> unknown = api.post(OWNER, "/api/process-versions/Refunds/migration-preview", Map.of());
        assertProblem(unknown, HttpStatus.NOT_FOUND, "process-not-found");
        assertThat(unknown.getBody().at("/errors/0/field").asText()).isEqualTo("key");

        ResponseEntity<JsonNode> noSuchVersion = preview(Map.of("targetVersion", 999));
        assertProblem(noSuchVersion, HttpStatus.NOT_FOUND, "process-version-not-found");
        assertThat(noSuchVersion.getBody().at("/errors/0/field").asText()).isEqualTo("targetVersion");

        ResponseEntity<JsonNode> nothing = migrate(Map.of("targetVersion", 1));
        assertProblem(nothing, HttpStatus.CONFLICT, "nothing-to-migrate");
        assertThat(nothing.getBody().at("/errors/0/field").asText()).isEqualTo("targetVersion");

        ResponseEntity<JsonNode> invalid = preview(Map.of("targetVersion", 0));
        assertProblem(invalid, HttpStatus.BAD_REQUEST, "validation");
        assertThat(invalid.getBody().at("/errors/0/field").asText()).isEqualTo("targetVersion");
    }

    // --- helpers

    String open(String requested) {
        String id = opened(openRequest("MIG-" + UUID.randomUUID(), NORTH_1, "NOT_AS_DESCRIBED", requested, NOW));
        opened.add(id);
        return id;
    }

    ResponseEntity<JsonNode> preview(Map<String, Object> body) {
        return api.post(OWNER, "/api/process-versions/" + Definitions.DISPUTE_RESOLUTION + "/migration-preview", body);
    }

    ResponseEntity<JsonNode> migrate(Map<String, Object> body) {
        return api.post(OWNER, "/api/process-versions/" + Definitions.DISPUTE_RESOLUTION + "/migrations", body);
    }

    ProcessDefinition latest() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(Definitions.DISPUTE_RESOLUTION)
                .latestVersion().singleResult();
    }

    /** Deploys every file of processes/ and forms/ as one deployment, DisputeResolution.bpmn changed in memory. */
    ProcessDefinition deploy(UnaryOperator<String> change) {
        String id = ShippedModels.deployWith(repository, "migration test " + UUID.randomUUID(), change);
        deployments.add(id);
        ProcessDefinition deployed = latest();
        assertThat(deployed.getDeploymentId()).isEqualTo(id);
        return deployed;
    }

    /** Runs the batch as the job executor would: its seed job, each migration job, then its monitor job. */
    void runBatch(Batch batch) {
        management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        assertThat(management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).count()).isZero();
        management.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        assertThat(management.createBatchQuery().batchId(batch.getId()).count()).as("batch completed").isZero();
    }

    ProcessInstance instanceOf(String disputeId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId)
                .processDefinitionKey(Definitions.DISPUTE_RESOLUTION).singleResult();
    }

    Instant sellerDeadline(String disputeId) {
        Job timer = management.createJobQuery().processInstanceId(instanceOf(disputeId).getId()).timers().list()
                .stream().filter(job -> management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                        .singleResult().getActivityId().equals(Timers.SELLER_RESPONSE_DUE))
                .findFirst().orElseThrow();
        return timer.getDuedate().toInstant();
    }

    static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String type) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody().get("type").asText()).isEqualTo("https://disputeflow.io/problems/" + type);
    }

    static Map<String, JsonNode> byWhat(JsonNode shifts) {
        Map<String, JsonNode> byWhat = new HashMap<>();
        shifts.forEach(shift -> byWhat.put(shift.get("what").asText(), shift));
        return byWhat;
    }

    static Instant instant(JsonNode node, String field) {
        return Instant.parse(node.get(field).asText());
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    static List<String> texts(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }
}
