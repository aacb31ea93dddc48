package io.disputeflow.metrics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A store's after-sales figures for one quarter (R12, R18). {@code orders} is the sum of the quarter's reported daily
 * order volumes ({@code null} when no day is reported), {@code disputeRate} the counted disputes per order
 * ({@code null} without orders), and {@code orderVolumes} says in words what is missing for the rate, or
 * {@code null} when every day passed so far is reported.
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
        BigDecimal disputeRate,
        int orderVolumeDays,
        int orderVolumeDaysMissing,
        String orderVolumes) {
}
