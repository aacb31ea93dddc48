package io.disputeflow.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.disputeflow.dispute.CounterOfferType;
import io.disputeflow.dispute.SellerAnswer;
import io.disputeflow.dispute.SellerDecision;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SellerResponseRulesTest {

    private static final BigDecimal PAID = new BigDecimal("40.00");

    @Test
    void R2_acceptNeedsNothingElse() {
        SellerAnswer response = SellerResponseRules.validate("ACCEPT", null, null, null, PAID, "USD");
        assertThat(response.decision()).isEqualTo(SellerDecision.ACCEPT);
    }

    @Test
    void R6_rejectionNeedsAMessageForTheBuyer() {
        assertThatThrownBy(() -> SellerResponseRules.validate("REJECT", null, null, " ", PAID, "USD"))
                .hasMessageContaining("sellerMessage is required when you reject");
        assertThat(SellerResponseRules.validate("REJECT", null, null, "Works as described", PAID, "USD").message())
                .isEqualTo("Works as described");
    }

    @Test
    void R4_partialRefundCounterOfferIsNormalisedToTwoDecimals() {
        SellerAnswer response = SellerResponseRules.validate("COUNTER_OFFER", "PARTIAL_REFUND", "8", "", PAID, "USD");
        assertThat(response.counterOfferType()).isEqualTo(CounterOfferType.PARTIAL_REFUND);
        assertThat(response.counterOfferAmount()).isEqualByComparingTo("8.00");
        assertThat(response.counterOfferAmount().scale()).isEqualTo(2);
    }

    @Test
    void R4_resendNeedsNoAmount() {
        SellerAnswer response = SellerResponseRules.validate("COUNTER_OFFER", "RESEND", null, null, PAID, "USD");
        assertThat(response.counterOfferAmount()).isNull();
    }

    @Test
    void R4_counterOfferAmountIsRequiredPositiveAndAtMostThePaidAmount() {
        assertThatThrownBy(() -> SellerResponseRules.validate("COUNTER_OFFER", "PARTIAL_REFUND", null, null, PAID, "USD"))
                .hasMessageContaining("counterOfferAmount is required");
        assertThatThrownBy(() -> SellerResponseRules.validate("COUNTER_OFFER", "PARTIAL_REFUND", "-1", null, PAID, "USD"))
                .hasMessageContaining("more than zero");
        assertThatThrownBy(() -> SellerResponseRules.validate("COUNTER_OFFER", "PARTIAL_REFUND", "1.234", null, PAID, "USD"))
                .hasMessageContaining("more than two decimals");
        assertThatThrownBy(() -> SellerResponseRules.validate("COUNTER_OFFER", "REFUND_WITH_RETURN", "40.01", null, PAID, "USD"))
                .hasMessageContaining("more than the buyer paid (40.00 USD)");
        assertThatThrownBy(() -> SellerResponseRules.validate("COUNTER_OFFER", "PARTIAL_REFUND", "ten", null, PAID, "USD"))
                .hasMessageContaining("is not an amount");
    }

    @Test
    void unknownOrMissingDecisionIsRefusedWithTheAllowedValues() {
        assertThatThrownBy(() -> SellerResponseRules.validate(null, null, null, null, PAID, "USD"))
                .hasMessageContaining("sellerDecision is required: choose one of the options");
        assertThatThrownBy(() -> SellerResponseRules.validate("MAYBE", null, null, null, PAID, "USD"))
                .hasMessageContaining("'MAYBE' is not allowed");
        assertThatThrownBy(() -> SellerResponseRules.validate("COUNTER_OFFER", "VOUCHER", "1", null, PAID, "USD"))
                .hasMessageContaining("counterOfferType: 'VOUCHER' is not allowed");
    }
}
