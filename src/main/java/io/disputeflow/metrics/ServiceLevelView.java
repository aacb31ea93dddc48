package io.disputeflow.metrics;

import io.disputeflow.api.MoneyJson;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code GET /api/stores/{storeId}/service-level}: a store's figures of one quarter (R12, R18). {@code orderVolumes}
 * says what the rate lacks (no volumes, missing days), null when every day passed so far is reported.
 */
public record ServiceLevelView(String storeId, String quarter, int disputesOpened, int resolvedByNegotiation,
                               int arbitrated, int countedTowardRate, Long orders, String disputeRate,
                               List<MoneyJson> refundsPaid, int penalties, int orderVolumeDays,
                               int orderVolumeDaysMissing, String orderVolumes) {

    static ServiceLevelView of(ServiceLevel level) {
        return new ServiceLevelView(level.storeId(), level.quarter(), level.disputesOpened(),
                level.resolvedByNegotiation(), level.arbitrated(), level.countedTowardRate(), level.orders(),
                level.disputeRate() == null ? null : level.disputeRate().setScale(4, RoundingMode.HALF_UP).toPlainString(),
                level.refundsPaid().entrySet().stream().map(paid -> MoneyJson.of(paid.getValue(), paid.getKey()))
                        .toList(),
                level.penalties(), level.orderVolumeDays(), level.orderVolumeDaysMissing(), level.orderVolumes());
    }
}
