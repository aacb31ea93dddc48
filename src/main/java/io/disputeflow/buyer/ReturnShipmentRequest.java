package io.disputeflow.buyer;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/disputes/{id}/return-shipment}: the return parcel (R13). */
public record ReturnShipmentRequest(
        @Schema(example = "Cainiao") @NotBlank(message = "is required") @Size(max = 64) String carrier,
        @Schema(example = "RT00987654321CN") @NotBlank(message = "is required") @Size(max = 64)
        String trackingNumber) {
}
