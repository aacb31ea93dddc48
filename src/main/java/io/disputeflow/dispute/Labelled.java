package io.disputeflow.dispute;

import io.disputeflow.problem.FieldRefusal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A value of the process contract: its constant name travels in process variables, form fields and BPMN conditions;
 * people read its label.
 */
public interface Labelled {

    String name();

    /** How people read the value, e.g. "counter-offer". */
    String label();

    /** The constant named {@code value}, or empty for null, blank and unknown names. */
    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.toString().trim();
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
    }

    /**
     * The constant named {@code value}.
     *
     * @throws FieldRefusal naming the field and the allowed values
     */
    static <E extends Enum<E> & Labelled> E require(Class<E> type, String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new FieldRefusal(field, "required", " is required: choose one of the options");
        }
        return find(type, value).orElseThrow(() -> new FieldRefusal(field, "allowed",
                ": '" + value + "' is not allowed: choose one of " + allowed(type)));
    }

    /** "ACCEPT, REJECT, COUNTER_OFFER", for error messages. */
    static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
