package io.disputeflow.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.dispute.RuleViolationException;
import io.disputeflow.problem.FieldRefusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The words the forms use for their fields: the label of each field key in the Camunda Forms ({@code forms/*.form})
 * and the embedded HTML forms ({@code static/forms/*.html}). A refusal names the field as the form shows it, so a
 * process owner who renames a label in Modeler changes the error messages with it.
 */
public final class FormWords {

    private static final Pattern HTML_LABEL = Pattern.compile(
            "<label for=\"([A-Za-z0-9_]+)\"[^>]*>\\s*([^<(]+?)\\s*(?:\\([^<]*)?</label>", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile Map<String, String> labels;

    private FormWords() {
    }

    /** The label of the form field bound to {@code variable}, if a form has one. */
    public static Optional<String> label(String variable) {
        return Optional.ofNullable(labels().get(variable));
    }

    /**
     * The refusal as one sentence in the form's words: "Refund amount offered: 800.00 USD is more than the buyer paid
     * (47.90 USD) …" instead of "counterOfferAmount 800.00 USD …". Messages of other kinds stay as they are.
     */
    public static String sentence(IllegalArgumentException refusal) {
        String message = refusal.getMessage();
        Optional<String> field = fieldOf(refusal);
        if (field.isEmpty()) {
            return message;
        }
        String label = "\u201C" + label(field.get()).orElse(field.get()) + "\u201D";
        return message.startsWith(field.get()) ? label + message.substring(field.get().length()) : label + ": " + message;
    }

    public static Optional<String> fieldOf(IllegalArgumentException refusal) {
        if (refusal instanceof FieldRefusal field) {
            return Optional.of(field.field());
        }
        if (refusal instanceof RuleViolationException rule) {
            return Optional.of(rule.field());
        }
        return Optional.empty();
    }

    private static Map<String, String> labels() {
        if (labels == null) {
            synchronized (FormWords.class) {
                if (labels == null) {
                    labels = load();
                }
            }
        }
        return labels;
    }

    private static Map<String, String> load() {
        Map<String, String> found = new HashMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(FormWords.class.getClassLoader());
        try {
            for (Resource form : resolver.getResources("classpath*:forms/**/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    collect(JSON.readTree(in), found);
                }
            }
            for (Resource form : resolver.getResources("classpath*:static/forms/**/*.html")) {
                try (InputStream in = form.getInputStream()) {
                    Matcher label = HTML_LABEL.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    while (label.find()) {
                        found.putIfAbsent(label.group(1), label.group(2).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The forms on the classpath cannot be read", e);
        }
        return Map.copyOf(found);
    }

    private static void collect(JsonNode component, Map<String, String> found) {
        if (component.hasNonNull("key") && component.hasNonNull("label")) {
            found.putIfAbsent(component.get("key").asText(), component.get("label").asText().strip());
        }
        component.path("components").forEach(child -> collect(child, found));
    }
}
