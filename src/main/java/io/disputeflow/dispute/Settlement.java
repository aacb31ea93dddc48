package io.disputeflow.dispute;

import java.math.BigDecimal;

/** What is executed after an agreement (R2, R4, R5) or a ruling (R11). */
public record Settlement(Resolution resolution, BigDecimal refundAmount, boolean fullRefund) {

    public boolean returnRequired() {
        return resolution.returnRequired();
    }
}
