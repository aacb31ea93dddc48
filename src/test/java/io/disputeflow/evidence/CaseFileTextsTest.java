package io.disputeflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.evidence.EvidenceItem.Kind;
import io.disputeflow.evidence.EvidenceItem.Party;
import io.disputeflow.logistics.TrackingFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseFileTextsTest {

    static final Instant SHIPPED = Instant.parse("2026-11-03T08:30:00Z");
    static final Instant PROTECTION = Instant.parse("2027-01-02T10:00:00Z");
    static final Instant FILED = Instant.parse("2026-11-20T14:05:00Z");

    static DisputeRecord dispute(String description, String carrier, String trackingNumber) {
        return new DisputeRecord("D-7", "O-88", "store-north-1", "buyer-1", "en", "SHOWS_DELIVERED", "logistics",
                description, DisputeStatus.AWAITING_SELLER, "USD", new BigDecimal("40.00"), new BigDecimal("12.5"),
                true, SHIPPED, 15, PROTECTION, carrier, trackingNumber, FILED, null, null, null);
    }

    static EvidenceItem item(long id, Party party, Kind kind, String fileName, String note) {
        return new EvidenceItem(id, "D-7", party, kind, fileName, "image/jpeg", 10, "a".repeat(64), note, FILED,
                party == Party.BUYER ? "shop" : "agent-north");
    }

    @Test
    void orderFacts_listOrderAmountsReasonShipmentProtectionAndParcel() {
        assertThat(CaseFileTexts.orderFacts(dispute("x", "Cainiao", "LP-1"), "North Store")).isEqualTo("""
                - **Order:** O-88 (North Store)
                - **Paid:** 40.00 USD · **buyer asks:** 12.50 USD (offers to return the goods)
                - **Reason:** shows delivered, not received
                - **Shipped:** 3 Nov 2026, 08:30 UTC · promised delivery within 15 days (by 18 Nov 2026)
                - **Buyer protection ends:** 2 Jan 2027, 10:00 UTC
                - **Carrier:** Cainiao · **tracking number:** LP-1""");
        assertThat(CaseFileTexts.orderFacts(dispute("x", null, null)))
                .endsWith("- **Carrier:** not given · **tracking number:** not given");
    }

    @Test
    void evidenceList_oneLinePerItemOfTheParty_withDownloadLink() {
        List<EvidenceItem> items = List.of(
                item(3, Party.BUYER, Kind.PHOTO, "scratch.jpg", "Scratch on the lid"),
                item(4, Party.SELLER, Kind.WEIGHT_DEDUCTION_SCREENSHOT, "weight.png", null),
                item(9, Party.BUYER, Kind.VIDEO, "unboxing.mp4", "  "));

        assertThat(CaseFileTexts.evidenceList("D-7", items, Party.BUYER)).isEqualTo("""
                - Photo: [scratch.jpg](/api/disputes/D-7/evidence/3) · the buyer · 20 Nov 2026, 14:05 UTC · Scratch on the lid
                - Video: [unboxing.mp4](/api/disputes/D-7/evidence/9) · the buyer · 20 Nov 2026, 14:05 UTC""");
        assertThat(CaseFileTexts.evidenceList("D-7", items, Party.SELLER)).isEqualTo(
                "- Weight deduction screenshot: [weight.png](/api/disputes/D-7/evidence/4) · agent-north · "
                        + "20 Nov 2026, 14:05 UTC");
        assertThat(CaseFileTexts.evidenceList("D-7", items, Party.PLATFORM)).isEqualTo("none yet");
        assertThat(CaseFileTexts.evidenceList("D-7", List.of(), Party.BUYER)).isEqualTo("none yet");
    }

    @Test
    void evidenceList_escapesWhatThePartiesTyped_soNothingBecomesALinkOrHtml() {
        String line = CaseFileTexts.evidenceList("D-7", List.of(item(5, Party.BUYER, Kind.OTHER,
                "[click](http://evil)_x.jpg", "see <script>alert(1)</script>\n**now**")), Party.BUYER);

        assertThat(line).isEqualTo("- Other: [\\[click\\]\\(http\\://evil\\)\\_x.jpg](/api/disputes/D-7/evidence/5)"
                + " · the buyer · 20 Nov 2026, 14:05 UTC · see \\<script\\>alert\\(1\\)\\</script\\> \\*\\*now\\*\\*");
        assertThat(CaseFileTexts.href("D (7)", 5)).isEqualTo("/api/disputes/D%20%287%29/evidence/5");
    }

    @Test
    void evidenceList_staysBelowCamundasStringLimit_andPointsToTheFullList() {
        List<EvidenceItem> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(item(i, Party.SELLER, Kind.DELIVERY_SIGNATURE_PROOF, "proof-" + i + ".pdf", "n".repeat(500)));
        }

        String text = CaseFileTexts.evidenceList("D-7", many, Party.SELLER);

        assertThat(text.length()).isLessThanOrEqualTo(CaseFileTexts.MAX_LENGTH);
        assertThat(text).contains("(/api/disputes/D-7/evidence/1)").contains("…")
                .endsWith("more: see /api/disputes/D-7/evidence");
        assertThat(text.lines().filter(l -> l.startsWith("- Delivery signature proof")))
                .allSatisfy(l -> assertThat(l).hasSizeLessThan(300));
    }

    @Test
    void trackingFacts_sayWhereTheParcelWasLastSeenAndWhetherItWasDelivered() {
        DisputeRecord dispute = dispute("x", "Cainiao", "LP-1");
        assertThat(CaseFileTexts.trackingFacts(dispute, new TrackingFacts(Instant.parse("2026-11-05T15:00:00Z"),
                "Lyon", 18L, Instant.parse("2026-11-05T15:00:00Z"), true)))
                .isEqualTo("Last update of Cainiao LP-1: 5 Nov 2026, 15:00 UTC at Lyon (18 days without update). "
                        + "Delivered 5 Nov 2026, 15:00 UTC, signed for.");
        assertThat(CaseFileTexts.trackingFacts(dispute, new TrackingFacts(Instant.parse("2026-11-22T09:00:00Z"),
                "Madrid", 1L, null, false)))
                .isEqualTo("Last update of Cainiao LP-1: 22 Nov 2026, 09:00 UTC at Madrid (1 day without update). "
                        + "Not delivered.");
        assertThat(CaseFileTexts.trackingFacts(dispute, new TrackingFacts(null, null, null, null, false)))
                .isEqualTo("No tracking events received yet for Cainiao LP-1.");
        assertThat(CaseFileTexts.trackingFacts(dispute("x", null, null), null))
                .isEqualTo("No carrier or tracking number on file.");
    }

    @Test
    void buyerMessage_isTheDescription_asParagraphsThatMarkdownShowsAsTyped() {
        assertThat(CaseFileTexts.buyerMessage(dispute("  The lid is scratched.\n", null, null)))
                .isEqualTo("The lid is scratched.");
        assertThat(CaseFileTexts.buyerMessage(dispute("# Refund now\n\n1. see [here](http://evil)\n- or *else*",
                null, null)))
                .isEqualTo("\\# Refund now\n\n1\\. see \\[here\\]\\(http\\://evil\\)\n\n\\- or \\*else\\*");
        assertThat(CaseFileTexts.buyerMessage(dispute("pay at https://x.example, www.y.example or me@z.example", null,
                null))).as("no autolinks either")
                .isEqualTo("pay at https\\://x.example, www\\.y.example or me\\@z.example");
        assertThat(CaseFileTexts.buyerMessage(dispute(null, null, null))).isEqualTo("(no message)");
        assertThat(CaseFileTexts.buyerMessage(dispute("a".repeat(5000), null, null)))
                .hasSize(CaseFileTexts.MAX_LENGTH).endsWith("…");
    }

    @Test
    void caseFileTexts_ofAllThreeParties() {
        CaseFile.Texts texts = CaseFiles.texts(dispute("Never arrived", "Cainiao", "LP-1"), "Aurora Kitchen",
                new TrackingFacts(null, null, null, null, false),
                List.of(item(1, Party.PLATFORM, Kind.CHAT_LOG, "chat.txt", null)), List.of());

        assertThat(texts.buyerMessage()).isEqualTo("Never arrived");
        assertThat(texts.evidenceOfBuyer()).isEqualTo("none yet");
        assertThat(texts.evidenceOfSeller()).isEqualTo("none yet");
        assertThat(texts.evidenceOfPlatform()).contains("[chat.txt](/api/disputes/D-7/evidence/1)");
        assertThat(texts.orderFacts()).startsWith("- **Order:** O-88 (Aurora Kitchen)");
        assertThat(texts.conversation()).isEqualTo("none yet");
        assertThat(texts.escalatedBecause()).isNull();
        assertThat(texts.trackingFacts()).startsWith("No tracking events");
    }
}
