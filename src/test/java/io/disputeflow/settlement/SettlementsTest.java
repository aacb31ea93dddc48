package io.disputeflow.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.disputeflow.settlement.Settlement.Resolution;
import org.junit.jupiter.api.Test;

class SettlementsTest {

    @Test
    void R2_R5_buyersProposalIsTheRequestedAmount() {
        Settlement settlement = Settlements.ofAgreement("ACCEPT", null, null, "25.00", false, "40.00");
        assertThat(settlement.resolution()).isEqualTo(Resolution.REFUND);
        assertThat(settlement.refundAmount()).isEqualByComparingTo("25.00");
        assertThat(settlement.fullRefund()).isFalse();
        assertThat(Settlements.ofAgreement(null, null, null, "40.00", true, "40.00"))
                .as("seller silent, buyer offered a return")
                .isEqualTo(new Settlement(Resolution.REFUND_WITH_RETURN, new java.math.BigDecimal("40.00"), true));
    }

    @Test
    void R4_acceptedCounterOfferIsExecutedOnItsTerms() {
        assertThat(Settlements.ofAgreement("COUNTER_OFFER", "PARTIAL_REFUND", "8.00", "15.00", false, "40.00"))
                .isEqualTo(new Settlement(Resolution.REFUND, new java.math.BigDecimal("8.00"), false));
        assertThat(Settlements.ofAgreement("COUNTER_OFFER", "REFUND_WITH_RETURN", "30.00", "40.00", false, "40.00")
                .returnRequired()).isTrue();
        assertThat(Settlements.ofAgreement("COUNTER_OFFER", "RESEND", null, "40.00", false, "40.00").resolution())
                .isEqualTo(Resolution.RESEND);
    }

    @Test
    void R11_rulingsDecideWhatIsExecuted() {
        assertThat(Settlements.ofRuling("FULL_REFUND", null, "40.00").refundAmount()).isEqualByComparingTo("40.00");
        assertThat(Settlements.ofRuling("PARTIAL_REFUND", "12.50", "40.00").refundAmount()).isEqualByComparingTo("12.50");
        assertThat(Settlements.ofRuling("REFUND_WITH_RETURN", "", "40.00"))
                .isEqualTo(new Settlement(Resolution.REFUND_WITH_RETURN, new java.math.BigDecimal("40.00"), true));
        assertThat(Settlements.ofRuling("NO_REFUND", "0.00", "40.00").resolution()).isEqualTo(Resolution.NO_REFUND);
    }

    @Test
    void R19_aSettlementNeverExceedsThePaidAmount() {
        assertThatThrownBy(() -> Settlements.ofRuling("PARTIAL_REFUND", "40.01", "40.00"))
                .hasMessageContaining("exceeds the paid 40.00");
    }
}
