package io.disputeflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.dispute.Labelled;
import io.disputeflow.dispute.Times;
import io.disputeflow.process.ProcessModel.Variables;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** Variable names and values as the timeline says them: "Seller decision", 'reject', yes, 2026-11-23 10:00 UTC. */
final class ValueWords {

    private static final int LONGEST_VALUE = 200;

    private ValueWords() {
    }

    /** "sellerDecision" → "Seller decision". */
    static String variable(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase();
        return "'" + Character.toUpperCase(words.charAt(0)) + words.substring(1) + "'";
    }

    /** A value the engine holds; null when the variable does not exist. */
    static String of(String name, TypedValue value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof FileValue file) {
            return "the file '" + file.getFilename() + "'";
        }
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return quoted(serializable.getValueSerialized());
        }
        return plain(name, value.getValue());
    }

    /** A value as a REST request sends it ({@code {"value": ..., "type": ...}}); null when it sends none. */
    static String ofRequest(String name, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "a file";
        }
        JsonNode raw = value.path("value");
        if (raw.isNull() || raw.isMissingNode()) {
            return "empty";
        }
        if (raw.isBoolean()) {
            return raw.asBoolean() ? "yes" : "no";
        }
        return raw.isValueNode() ? plain(name, raw.asText()) : quoted(raw.toString());
    }

    /** Whether two values read the same (an edit that saves the value it had changes nothing). */
    static boolean same(String name, TypedValue before, TypedValue after) {
        return Objects.equals(of(name, before), of(name, after));
    }

    private static String plain(String name, Object value) {
        if (value == null) {
            return "empty";
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Date date) {
            return Times.utc(date.toInstant());
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return quoted(label(name, value.toString()));
    }

    /** A contract value reads as its label: 'REJECT' → 'reject'. */
    private static String label(String name, String value) {
        Class<? extends Enum<?>> type = Variables.VALUES.get(name);
        if (type == null) {
            return value;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value.strip()))
                .findFirst().map(constant -> constant instanceof Labelled labelled ? labelled.label() : value)
                .orElse(value);
    }

    private static String quoted(String text) {
        if (text == null) {
            return "empty";
        }
        String single = text.replaceAll("\\s+", " ").strip();
        return "'" + (single.length() <= LONGEST_VALUE ? single : single.substring(0, LONGEST_VALUE - 1) + "…") + "'";
    }
}
