package io.disputeflow.buyer;

import io.disputeflow.api.MoneyJson;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** {@code POST /api/disputes/{id}/modification}: what changes; omitted fields keep their value (R3). */
public record ModificationRequest(
        @Valid MoneyJson requestedRefund,
        @Schema(example = "DEFECTIVE", description = "A reason code of RULES.md") @Size(min = 1, max = 32) String reason,
        @Size(max = 4000) String description) {

    boolean isEmpty() {
        return requestedRefund == null && reason == null && description == null;
    }
}
