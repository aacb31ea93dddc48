package io.disputeflow.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.disputeflow.dispute.CaseDecisions;
import io.disputeflow.dispute.CounterOfferType;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.dispute.Resolution;
import io.disputeflow.dispute.Ruling;
import io.disputeflow.dispute.RulingOutcome;
import io.disputeflow.dispute.SellerAnswer;
import io.disputeflow.dispute.SellerDecision;
import io.disputeflow.dispute.Settlement;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SettlementsTest {

    @Test
    void R2_R5_buyersProposalIsTheRequestedAmount() {
        Settlement settlement = Settlements.ofAgreement(dispute("25.00", false, answer(SellerDecision.ACCEPT, null, null)));
        assertThat(settlement.resolution()).isEqualTo(Resolution.REFUND);
        assertThat(settlement.refundAmount()).isEqualByComparingTo("25.00");
        assertThat(settlement.fullRefund()).isFalse();
        assertThat(Settlements.ofAgreement(dispute("40.00", true, null)))
                .as("seller silent, buyer offered a return")
                .isEqualTo(new Settlement(Resolution.REFUND_WITH_RETURN, new BigDecimal("40.00"), true));
    }

    @Test
    void R4_acceptedCounterOfferIsExecutedOnItsTerms() {
        assertThat(Settlements.ofAgreement(dispute("15.00", false,
                answer(SellerDecision.COUNTER_OFFER, CounterOfferType.PARTIAL_REFUND, "8.00"))))
                .isEqualTo(new Settlement(Resolution.REFUND, new BigDecimal("8.00"), false));
        assertThat(Settlements.ofAgreement(dispute("40.00", false,
                answer(SellerDecision.COUNTER_OFFER, CounterOfferType.REFUND_WITH_RETURN, "30.00"))).returnRequired())
                .isTrue();
        assertThat(Settlements.ofAgreement(dispute("40.00", false,
                answer(SellerDecision.COUNTER_OFFER, CounterOfferType.RESEND, null))).resolution())
                .isEqualTo(Resolution.RESEND);
    }

    @Test
    void R11_rulingsDecideWhatIsExecuted() {
        assertThat(Settlements.ofRuling(ruled(RulingOutcome.FULL_REFUND, "40.00")).refundAmount())
                .isEqualByComparingTo("40.00");
        assertThat(Settlements.ofRuling(ruled(RulingOutcome.PARTIAL_REFUND, "12.50")).refundAmount())
                .isEqualByComparingTo("12.50");
        assertThat(Settlements.ofRuling(ruled(RulingOutcome.REFUND_WITH_RETURN, "40.00")))
                .isEqualTo(new Settlement(Resolution.REFUND_WITH_RETURN, new BigDecimal("40.00"), true));
        assertThat(Settlements.ofRuling(ruled(RulingOutcome.NO_REFUND, "0.00")).resolution())
                .isEqualTo(Resolution.NO_REFUND);
    }

    @Test
    void R19_aSettlementNeverExceedsThePaidAmount() {
        assertThatThrownBy(() -> Settlements.ofRuling(ruled(RulingOutcome.PARTIAL_REFUND, "40.01")))
                .hasMessageContaining("is more than the buyer paid (40.00 USD)");
    }

    private static SellerAnswer answer(SellerDecision decision, CounterOfferType type, String amount) {
        return new SellerAnswer(decision, type, amount == null ? null : new BigDecimal(amount), "");
    }

    private static DisputeRecord ruled(RulingOutcome outcome, String amount) {
        return with(dispute("40.00", false, null), new CaseDecisions(null, null,
                new Ruling(outcome, new BigDecimal(amount), false, "Decided"), null, null));
    }

    private static DisputeRecord dispute(String requested, boolean returnOffered, SellerAnswer answer) {
        Instant now = Instant.parse("2026-11-02T09:00:00Z");
        return with(new DisputeRecord("D-1", "O-1", "store-a", "buyer-1", "en", "DEFECTIVE", "product", null,
                DisputeStatus.NEGOTIATING, "USD", new BigDecimal("40.00"), new BigDecimal(requested), returnOffered,
                now, 15, now, null, null, now, null, null, null), new CaseDecisions(answer, null, null, null, null));
    }

    private static DisputeRecord with(DisputeRecord d, CaseDecisions decisions) {
        return new DisputeRecord(d.id(), d.orderId(), d.storeId(), d.buyerId(), d.buyerLanguage(), d.reason(),
                d.category(), d.description(), d.status(), d.currency(), d.paidAmount(), d.requestedAmount(),
                d.returnOffered(), d.shippedAt(), d.promisedDeliveryDays(), d.protectionEndsAt(), d.carrier(),
                d.trackingNumber(), d.openedAt(), d.closedAt(), d.outcome(), d.countsTowardRate(), decisions);
    }
}
