package io.disputeflow.overview;

import io.disputeflow.api.MoneyJson;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeStatus;
import java.time.Instant;

/** One line of {@code GET /api/disputes}. */
public record DisputeSummary(String id, String orderId, String storeId, DisputeStatus status, String reason,
                             MoneyJson requestedRefund, Instant openedAt, Instant closedAt, String href) {

    static DisputeSummary of(DisputeRecord dispute) {
        return new DisputeSummary(dispute.id(), dispute.orderId(), dispute.storeId(), dispute.status(),
                dispute.reason(), MoneyJson.of(dispute.requestedAmount(), dispute.currency()), dispute.openedAt(),
                dispute.closedAt(), "/api/disputes/" + dispute.id());
    }
}
