package io.disputeflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.disputeflow.buyercare.BuyerCareReplies;
import io.disputeflow.buyercare.BuyerMessages;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.evidence.EvidenceItem.Kind;
import io.disputeflow.evidence.EvidenceItem.Party;
import io.disputeflow.logistics.TrackingEvent;
import io.disputeflow.logistics.TrackingEvents;
import io.disputeflow.support.PostgresSpringTest;
import io.disputeflow.support.TestDisputes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Evidence uploads on PostgreSQL; the test profile keeps files under target/ and limits them to 1 KB. */
@PostgresSpringTest
class EvidenceStorePostgresTest {

    static final Instant NOW = Instant.parse("2026-11-09T10:00:00Z");
    static final byte[] PHOTO = "a photo of the scratch".getBytes(StandardCharsets.UTF_8);
    Path directory() {
        return properties.directory();
    }

    @Autowired
    EvidenceStore evidence;
    @Autowired
    EvidenceProperties properties;
    @Autowired
    DisputeRecords records;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TrackingEvents trackingEvents;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    BuyerMessages buyerMessages;
    @Autowired
    BuyerCareReplies replies;
    @Autowired
    FormService forms;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void uploadStoresTheFileOnceAndListsIt() {
        String id = open("EV-1");
        EvidenceItem item = evidence.upload(id, Party.BUYER, Kind.PHOTO, "scratch.jpg", "image/jpeg", PHOTO,
                "Scratch on the lid", "storefront");

        assertThat(item.sha256()).isEqualTo(EvidenceFiles.sha256(PHOTO)).hasSize(64);
        assertThat(item.sizeBytes()).isEqualTo(PHOTO.length);
        assertThat(evidence.list(id)).containsExactly(item);
        assertThat(evidence.content(evidence.find(id, item.id()).orElseThrow())).isEqualTo(PHOTO);
        assertThat(evidence.content(item.sha256())).isEqualTo(PHOTO);
        assertThat(records.timelineActions(id)).contains("EVIDENCE_ADDED");
    }

    @Test
    void duplicateUploadReturnsTheFirstItemAndAddsNoRow() {
        String id = open("EV-2");
        EvidenceItem first = evidence.upload(id, Party.BUYER, Kind.PHOTO, "a.jpg", "image/jpeg", PHOTO, null, "storefront");
        EvidenceItem again = evidence.upload(id, Party.BUYER, Kind.PHOTO, "copy.jpg", "image/jpeg", PHOTO, null, "storefront");

        assertThat(again).isEqualTo(first);
        assertThat(evidence.list(id)).hasSize(1);
        assertThat(records.timelineActions(id)).containsOnlyOnce("EVIDENCE_ADDED");
    }

    @Test
    void sameFileOnTwoDisputesIsStoredOnce() throws Exception {
        byte[] shared = "shipping weight record".getBytes(StandardCharsets.UTF_8);
        evidence.upload(open("EV-3"), Party.SELLER, Kind.WEIGHT_DEDUCTION_SCREENSHOT, "w.png", "image/png", shared, null, "anna");
        evidence.upload(open("EV-4"), Party.SELLER, Kind.WEIGHT_DEDUCTION_SCREENSHOT, "w.png", "image/png", shared, null, "anna");

        try (var stored = Files.list(directory())) {
            assertThat(stored.filter(path -> path.getFileName().toString().equals(EvidenceFiles.sha256(shared))))
                    .hasSize(1);
        }
    }

    @Test
    void emptyOversizeAndWrongTypeAreRefusedAndNothingIsStored() {
        String id = open("EV-5");
        assertThatThrownBy(() -> evidence.upload(id, Party.BUYER, Kind.PHOTO, "e.jpg", "image/jpeg", new byte[0], null, "s"))
                .isInstanceOf(EvidenceRejectedException.class).hasMessageContaining("empty")
                .extracting(e -> ((EvidenceRejectedException) e).field()).isEqualTo("file");
        byte[] oversize = new byte[2048];
        assertThatThrownBy(() -> evidence.upload(id, Party.BUYER, Kind.VIDEO, "v.mp4", "video/mp4", oversize, null, "s"))
                .hasMessageContaining("The file is 2.0 KB; the limit is 1.0 KB")
                .extracting(e -> ((EvidenceRejectedException) e).field()).isEqualTo("file");
        byte[] program = "MZ not evidence".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> evidence.upload(id, Party.BUYER, Kind.OTHER, "x.exe", "application/x-msdownload", program, null, "s"))
                .hasMessageContaining("not accepted").hasMessageContaining("image/jpeg")
                .extracting(e -> ((EvidenceRejectedException) e).field()).isEqualTo("file");
        byte[] orphan = "for a dispute that does not exist".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> evidence.upload("NO-SUCH", Party.BUYER, Kind.PHOTO, "a.jpg", "image/jpeg", orphan, null, "s"))
                .extracting(e -> ((EvidenceRejectedException) e).field()).isEqualTo("disputeId");

        assertThat(evidence.list(id)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM evidence_item WHERE dispute_id = 'NO-SUCH'", Integer.class))
                .isZero();
        for (byte[] refused : List.of(oversize, program, orphan)) {
            assertThat(directory().resolve(EvidenceFiles.sha256(refused))).as("no file kept for a refused upload")
                    .doesNotExist();
        }
    }

    @Test
    void trackingEventsAreStoredOncePerCarrierAndNumber() {
        List<TrackingEvent> events = List.of(
                new TrackingEvent(Instant.parse("2026-11-01T08:00:00Z"), "ACCEPTED", "Shenzhen", "Accepted"),
                new TrackingEvent(Instant.parse("2026-11-03T08:00:00Z"), "IN_TRANSIT", "Madrid hub", "Arrived"));
        assertThat(trackingEvents.record("Cainiao", "LP-T1", events)).isEqualTo(2);
        assertThat(trackingEvents.record("Cainiao", "LP-T1", events)).as("the webhook delivered them again").isZero();
        assertThat(trackingEvents.history("Cainiao", "LP-T1")).containsExactlyElementsOf(events);
        assertThat(trackingEvents.history("DHL", "LP-T1")).isEmpty();
    }

    @Test
    void showsDeliveredCaseFile_checksWeightRecordAndSignatureProof() {
        String id = "EV-SD";
        trackingEvents.record(TestDisputes.CARRIER, TestDisputes.trackingNumber(id), List.of(new TrackingEvent(
                Instant.parse("2026-11-05T15:00:00Z"), "DELIVERED", "Lyon", "Delivered, signed by M. Dupont")));
        new TestDisputes(records, runtime, tasks, management).open(id, "store-evidence", "SHOWS_DELIVERED", "40.00", NOW);
        evidence.upload(id, Party.SELLER, Kind.DELIVERY_SIGNATURE_PROOF, "pod.pdf", "application/pdf", PHOTO, null, "anna");

        CaseFile file = caseFiles.build(records.get(id), "weight record, signature proof",
                "WEIGHT_DEDUCTION_SCREENSHOT,DELIVERY_SIGNATURE_PROOF");

        assertThat(file.checklist()).isEqualTo("Weight deduction screenshot: missing · Delivery signature proof: present");
        assertThat(file.tracking().deliveredAt()).isEqualTo(Instant.parse("2026-11-05T15:00:00Z"));
        assertThat(file.tracking().signaturePresent()).isTrue();
        assertThat(file.replies()).isEmpty();
        Map<String, Object> variables = formOf(id);
        assertThat((String) variables.get("trackingFacts")).contains("Delivered 5 Nov 2026, 15:00 UTC, signed for.");
        assertThat(variables).as("the form reads the evidence filed so far")
                .containsEntry("evidenceChecklist", "Weight deduction screenshot: missing · Delivery signature proof: present")
                .containsKey("caseSummary");
    }

    @Test
    void noTrackingUpdateCaseFile_offersTheRepliesFilledFromTracking() {
        String id = "EV-NT";
        trackingEvents.record(TestDisputes.CARRIER, TestDisputes.trackingNumber(id), List.of(new TrackingEvent(
                Instant.parse("2026-10-20T09:00:00Z"), "IN_TRANSIT", "Madrid sorting centre", "Arrived")));
        new TestDisputes(records, runtime, tasks, management).open(id, "store-evidence", "NO_TRACKING_UPDATE", "40.00", NOW);

        Map<String, Object> variables = formOf(id);
        assertThat((String) variables.get("trackingFacts")).contains("Madrid sorting centre", "(20 days without update)");
        assertThat((String) variables.get("replyL1")).contains("Madrid sorting centre", "LP-EV-NT");

        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getId(),
                Map.of("sellerDecision", "REJECT", "replyTemplate", "L1", "protectionExtensionDays", 5));
        String extendedL1 = replies.reply(id, "L1");
        assertThat(extendedL1).as("L1 quotes the extended end").isNotEqualTo(variables.get("replyL1"))
                .contains("Madrid sorting centre", "LP-EV-NT");
        assertThat(buyerMessages.bodies(id)).containsExactly(extendedL1);
    }

    /** The variables of the dispute's open task's form, as Tasklist reads them. */
    private Map<String, Object> formOf(String id) {
        return forms.getTaskFormVariables(tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getId());
    }

    private String open(String id) {
        return new TestDisputes(records, runtime, tasks, management).open(id, "store-evidence", "DEFECTIVE", "40.00", NOW);
    }
}
