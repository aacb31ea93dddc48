package io.disputeflow.settlement;

import java.math.BigDecimal;

/** What is executed after an agreement (R4, R5, R2) or a ruling (R11). */
public record Settlement(Resolution resolution, BigDecimal refundAmount, boolean fullRefund) {

    public enum Resolution {
        /** Pay the refund now. */
        REFUND,
        /** The buyer returns the goods first (R13-R16), then the refund is paid. */
        REFUND_WITH_RETURN,
        /** The seller sends the goods again; no refund. */
        RESEND,
        /** The ruling grants nothing. */
        NO_REFUND
    }

    public boolean returnRequired() {
        return resolution == Resolution.REFUND_WITH_RETURN;
    }
}
