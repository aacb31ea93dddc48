package io.disputeflow.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount as a decimal string with its ISO-4217 currency, e.g. {"amount": "25.00", "currency": "USD"}. */
public record MoneyJson(
        @Schema(example = "25.00", description = "Decimal string, at most two decimals")
        @NotBlank(message = "is required")
        @Pattern(regexp = AMOUNT, message = AMOUNT_MESSAGE)
        String amount,
        @Schema(example = "USD", description = "ISO-4217 currency code")
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 currency code such as USD")
        String currency) {

    /** Positive, at most 15 digits before and two after the dot. */
    public static final String AMOUNT = "(?!0+(\\.0+)?$)\\d{1,15}(\\.\\d{1,2})?";
    public static final String AMOUNT_MESSAGE = "must be a positive decimal string with at most two decimals, "
            + "e.g. \"25.00\"";

    public static MoneyJson of(BigDecimal amount, String currency) {
        return amount == null ? null : new MoneyJson(amount.setScale(2, RoundingMode.HALF_UP).toPlainString(), currency);
    }

    public BigDecimal value() {
        return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
    }
}
