package io.disputeflow.metrics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A store's after-sales figures for one quarter (R12, R18). {@code disputeRate} is counted disputes per order
 * when the quarter's order count is known, else {@code null} and {@code countedTowardRate} is the figure.
 */
public record ServiceLevel(
        String storeId,
        String quarter,
        int disputesOpened,
        int resolvedByNegotiation,
        int arbitrated,
        int countedTowardRate,
        Map<String, BigDecimal> refundsPaid,
        int penalties,
        Long orders,
        BigDecimal disputeRate) {
}
