package io.disputeflow.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.disputeflow.dispute.Ruling;
import io.disputeflow.dispute.RulingOutcome;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RulingRulesTest {

    static final BigDecimal PAID = new BigDecimal("40.00");

    @Test
    void R11_fullRefundIsThePaidAmount() {
        Ruling ruling = RulingRules.validate("FULL_REFUND", "3.00", false, "Defect shown on video", PAID, "USD");
        assertThat(ruling.refundAmount()).isEqualByComparingTo("40.00");
    }

    @Test
    void R11_partialRefundNeedsAnAmountNoHigherThanPaid() {
        assertThat(RulingRules.validate("PARTIAL_REFUND", "12.5", false, "Scratch", PAID, "USD").refundAmount())
                .isEqualByComparingTo("12.50");
        assertThatThrownBy(() -> RulingRules.validate("PARTIAL_REFUND", "", false, "Scratch", PAID, "USD"))
                .hasMessageContaining("rulingRefundAmount is required");
        assertThatThrownBy(() -> RulingRules.validate("PARTIAL_REFUND", "40.01", false, "Scratch", PAID, "USD"))
                .hasMessageContaining("more than the buyer paid (40.00 USD)");
    }

    @Test
    void R11_refundWithReturnDefaultsToThePaidAmount() {
        assertThat(RulingRules.validate("REFUND_WITH_RETURN", null, false, "Return it", PAID, "USD").refundAmount())
                .isEqualByComparingTo("40.00");
    }

    @Test
    void R11_noRefundIsZero() {
        Ruling ruling = RulingRules.validate("NO_REFUND", null, "false", "Delivered with signature", PAID, "USD");
        assertThat(ruling.outcome()).isEqualTo(RulingOutcome.NO_REFUND);
        assertThat(ruling.refundAmount()).isEqualByComparingTo("0.00");
    }

    @Test
    void R11_everyRulingNeedsAnOutcomeAndAReason() {
        assertThatThrownBy(() -> RulingRules.validate(null, null, false, "x", PAID, "USD"))
                .hasMessageContaining("rulingOutcome is required");
        assertThatThrownBy(() -> RulingRules.validate("HALF", null, false, "x", PAID, "USD"))
                .hasMessageContaining("'HALF' is not allowed");
        assertThatThrownBy(() -> RulingRules.validate("NO_REFUND", null, false, "  ", PAID, "USD"))
                .hasMessageContaining("rulingNote is required");
    }

    @Test
    void R12_penaltyFlagIsRead() {
        assertThat(RulingRules.validate("NO_REFUND", null, true, "Fake tracking", PAID, "USD").sellerPenalty()).isTrue();
        assertThat(RulingRules.validate("NO_REFUND", null, null, "ok", PAID, "USD").sellerPenalty()).isFalse();
    }
}
