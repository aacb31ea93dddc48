package io.disputeflow.returns;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The seller's answer in {@code Task_ConfirmReturnReceipt} (process variable {@code returnReceipt}): the
 * return arrived as expected (R14), or the seller reports it as not received or as the wrong item (R16).
 */
public enum ReturnReceipt {
    RECEIVED_OK,
    NOT_RECEIVED,
    WRONG_ITEM;

    /** The constant named {@code value}, or empty for {@code null}, non-strings and unknown names. */
    public static Optional<ReturnReceipt> fromValue(Object value) {
        if (!(value instanceof String name)) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(receipt -> receipt.name().equals(name)).findFirst();
    }

    /** "RECEIVED_OK, NOT_RECEIVED, WRONG_ITEM", for error messages. */
    public static String allowedValues() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
