package io.disputeflow.intake;

import io.disputeflow.api.MoneyJson;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** {@code POST /api/disputes}: the buyer's refund request and the order facts. */
public record OpenDisputeRequest(
        @Schema(example = "O-88231") @NotBlank(message = "is required") @Size(max = 64) String orderId,
        @Schema(example = "store-aurora-gadgets") @NotBlank(message = "is required") @Size(max = 64) String storeId,
        @Schema(example = "buyer-4711") @NotBlank(message = "is required") @Size(max = 64) String buyerId,
        @Schema(example = "en", description = "ISO-639-1 language of the buyer; replies use it when available")
        @NotBlank(message = "is required") @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code such as en")
        String buyerLanguage,
        @Schema(example = "NOT_AS_DESCRIBED", description = "A reason code of RULES.md (classification)")
        @NotBlank(message = "is required") String reason,
        @Schema(example = "The charger is 20 W, the listing says 65 W.") @Size(max = 4000) String description,
        @NotNull(message = "is required") @Valid MoneyJson requestedRefund,
        @Schema(example = "true", description = "Whether the buyer offers to return the goods")
        @NotNull(message = "is required") Boolean returnOffered,
        @NotNull(message = "is required") @Valid OrderFacts order) {

    /** What the marketplace knows of the order. */
    public record OrderFacts(
            @Schema(example = "25.00", description = "What the buyer paid, in the requested refund's currency")
            @NotBlank(message = "is required") @Pattern(regexp = MoneyJson.AMOUNT, message = MoneyJson.AMOUNT_MESSAGE)
            String paidAmount,
            @Schema(example = "2026-11-02T10:00:00Z", description = "When the seller filed the shipment notice")
            @NotNull(message = "is required: a dispute can be opened only after shipment (R1)") Instant shippedAt,
            @Schema(example = "15") @NotNull(message = "is required") @Min(1) @Max(180) Integer promisedDeliveryDays,
            @Schema(example = "2026-12-20T00:00:00Z") @NotNull(message = "is required") Instant protectionEndsAt,
            @Schema(example = "Cainiao") @Size(max = 64) String carrier,
            @Schema(example = "LP00123456789CN") @Size(max = 64) String trackingNumber) {
    }

    OpenDispute toCommand() {
        return new OpenDispute(orderId, storeId, buyerId, buyerLanguage, reason, description,
                requestedRefund.value(), requestedRefund.currency(), returnOffered, new BigDecimal(order.paidAmount()).setScale(2),
                order.shippedAt(), order.promisedDeliveryDays(), order.protectionEndsAt(), order.carrier(),
                order.trackingNumber());
    }
}
