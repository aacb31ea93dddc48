package io.disputeflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.dispute.CaseDecisions;
import io.disputeflow.dispute.CounterOfferType;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.dispute.EscalationCause;
import io.disputeflow.dispute.Resolution;
import io.disputeflow.dispute.SellerAnswer;
import io.disputeflow.dispute.SellerDecision;
import io.disputeflow.dispute.Settlement;
import io.disputeflow.dispute.SettlementSource;
import io.disputeflow.dispute.TimelineEntry;
import io.disputeflow.logistics.TrackingFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The buyer's and the seller's positions the arbitrator reads side by side, and the return the seller confirms. */
class CasePositionsTest {

    static final Instant FILED = Instant.parse("2026-11-20T14:05:00Z");
    static final Instant ANSWERED = Instant.parse("2026-11-21T09:30:00Z");
    static final Instant ESCALATED = Instant.parse("2026-11-22T16:40:00Z");
    static final UnaryOperator<String> NAMES = id -> Map.of("anna", "Anna Agent", "arthur", "Arthur Arbitrator")
            .getOrDefault(id, id);

    static DisputeRecord dispute(CaseDecisions decisions) {
        return new DisputeRecord("D-7", "O-88", "store-north-1", "buyer-1", "en", "NOT_AS_DESCRIBED", "product",
                "The colour is wrong", DisputeStatus.IN_ARBITRATION, "EUR", new BigDecimal("40.00"),
                new BigDecimal("40.00"), false, FILED.minusSeconds(864_000), 15, FILED.plusSeconds(8_640_000),
                "Cainiao", "LP-1", FILED, null, null, null, decisions);
    }

    static TimelineEntry entry(Instant at, String actor, String action, String detail) {
        return new TimelineEntry(at, actor, action, detail);
    }

    @Test
    void sellerPosition_rejection_withTheSellersMessageEscaped_whenAndWhoInWords() {
        DisputeRecord dispute = dispute(new CaseDecisions(new SellerAnswer(SellerDecision.REJECT, null, null,
                "As described: see the *photos* at http://shop.example\nColour [blue] is on the page"),
                EscalationCause.BUYER_ESCALATED, null, null, null));
        List<TimelineEntry> timeline = List.of(
                entry(FILED, "buyer-1", "OPENED", "Refund request for 40.00 EUR (not as described)"),
                entry(ANSWERED, "anna", "SELLER_REJECT", "The seller rejected the request. Message: As described"),
                entry(ESCALATED, "buyer-1", "BUYER_ESCALATED", "The buyer asked the platform to arbitrate"));

        assertThat(CasePositions.seller(dispute, timeline, NAMES)).isEqualTo("""
                - **Rejected the request** · 21 Nov 2026, 09:30 UTC · Anna Agent

                **The seller's message:**

                As described\\: see the \\*photos\\* at http\\://shop.example

                Colour \\[blue\\] is on the page""");
        assertThat(CasePositions.buyer(dispute, timeline)).isEqualTo("""
                - **Asks for:** 40.00 EUR of 40.00 EUR paid, keeps the goods
                - **Reason:** not as described
                - **Filed:** 20 Nov 2026, 14:05 UTC
                - **Answered the seller:** asked the platform to arbitrate, 22 Nov 2026, 16:40 UTC""");
    }

    @Test
    void sellerPosition_counterOffer_withTypeAmountAndCurrency_andTheBuyersRejection() {
        DisputeRecord dispute = dispute(new CaseDecisions(new SellerAnswer(SellerDecision.COUNTER_OFFER,
                CounterOfferType.PARTIAL_REFUND, new BigDecimal("8.00"), "8.00 back and you keep it"),
                EscalationCause.NO_AGREEMENT_IN_15_DAYS, null, null, null));
        List<TimelineEntry> timeline = List.of(
                entry(ANSWERED.minusSeconds(3600), "anna", "SELLER_REJECT", "The seller rejected the request"),
                entry(ANSWERED, "anna", "SELLER_COUNTER_OFFER", "The seller made a counter-offer"),
                entry(ESCALATED, "buyer-1", "BUYER_REJECTED_COUNTER_OFFER", "The buyer rejected the counter-offer"));

        String seller = CasePositions.seller(dispute, timeline, NAMES);

        assertThat(seller).startsWith("- **Made a counter-offer** · 21 Nov 2026, 09:30 UTC · Anna Agent\n"
                + "- **Counter-offer:** partial refund of 8.00 EUR\n"
                + "- **Earlier answers:** 1 (see the conversation below)")
                .endsWith("**The seller's message:**\n\n8\\.00 back and you keep it");
        assertThat(CasePositions.buyer(dispute, timeline))
                .endsWith("- **Answered the seller:** rejected the counter-offer, 22 Nov 2026, 16:40 UTC");
    }

    @Test
    void sellerPosition_saysWhenTheSellerHasNotAnswered_orNotSinceTheBuyerChangedTheRequest() {
        assertThat(CasePositions.seller(dispute(CaseDecisions.NONE), List.of(), NAMES))
                .isEqualTo("**The seller has not answered the request.**");

        List<TimelineEntry> timeline = List.of(
                entry(ANSWERED, "anna", "SELLER_REJECT", "The seller rejected the request. Message: No"),
                entry(ESCALATED, "buyer-1", "MODIFIED", "Now asks 20.00 EUR for not as described"));
        assertThat(CasePositions.seller(dispute(CaseDecisions.NONE), timeline, NAMES))
                .isEqualTo("**The seller has not answered the buyer's changed request of 22 Nov 2026, 16:40 UTC.**"
                        + "\n\nEarlier answer, 21 Nov 2026, 09:30 UTC: The seller rejected the request. Message\\: No");
        assertThat(CasePositions.buyer(dispute(CaseDecisions.NONE), timeline))
                .contains("- **Filed:** 20 Nov 2026, 14:05 UTC · changed once, last 22 Nov 2026, 16:40 UTC");
    }

    @Test
    void returnFacts_theReturnParcelNotTheOutboundOne_andWhatConfirmingRefunds() {
        CaseDecisions.Execution execution = new CaseDecisions.Execution(SettlementSource.AGREEMENT,
                new Settlement(Resolution.REFUND_WITH_RETURN, new BigDecimal("32.50"), false), "D-7/AGREEMENT/1", 1,
                ANSWERED);
        DisputeRecord dispute = dispute(new CaseDecisions(null, null, null, execution,
                new CaseDecisions.ReturnLeg("YunExpress", "RT-9_1", null)));

        assertThat(CaseFileTexts.returnFacts(dispute, ESCALATED)).isEqualTo("""
                - **Return parcel:** YunExpress · **tracking number:** RT-9\\_1 (filed by the buyer 22 Nov 2026, 16:40 UTC)
                - **Confirming receipt refunds the buyer:** 32.50 EUR (paid 40.00 EUR, as agreed)""");
        assertThat(CaseFileTexts.returnFacts(dispute(CaseDecisions.NONE), null)).as("before the buyer ships").isNull();
    }

    @Test
    void caseFileTexts_namePeopleAndCategoriesInWords_neverByIdOrCode() {
        DisputeRecord dispute = dispute(new CaseDecisions(new SellerAnswer(SellerDecision.REJECT, null, null,
                "Wrong size ordered"), EscalationCause.BUYER_ESCALATED, null, null, null));
        List<TimelineEntry> timeline = List.of(
                entry(FILED, "buyer-1", "OPENED", "Refund request for 40.00 EUR (not as described)"),
                entry(ANSWERED, "anna", "SELLER_REJECT", "The seller rejected the request. Message: Wrong size"),
                entry(ESCALATED, DisputeRecords.SYSTEM, "ESCALATED", "To arbitration: the buyer escalated (R6)"),
                entry(ESCALATED, "arthur", "ARBITRATION_TAKEN_UP", "The arbitrator arthur took up the case"));

        CaseFile.Texts texts = CaseFiles.texts(dispute, "North Store", new TrackingFacts(null, null, null, null, false),
                List.of(), timeline, 0, NAMES);

        assertThat(texts.conversation()).contains("· **Buyer:** Opened the refund request",
                "· **Anna Agent:** The seller rejected", "· **DisputeFlow:** To arbitration",
                "· **Arthur Arbitrator:** Took up the case as arbitrator")
                .doesNotContain("buyer-1", "anna:", "arthur");
        assertThat(texts.sellerPosition()).contains("Anna Agent", "Wrong size ordered");
        assertThat(texts.escalatedBecause()).isEqualTo("The buyer escalated after the seller's rejection (R6)");
        assertThat(CaseFileTexts.categoryLabel("logistics")).isEqualTo("Shipping and delivery");
        assertThat(CaseFileTexts.categoryLabel("product")).isEqualTo("The product itself");
        assertThat(CaseFileTexts.categoryLabel(null)).isEqualTo("not classified yet");
    }
}
