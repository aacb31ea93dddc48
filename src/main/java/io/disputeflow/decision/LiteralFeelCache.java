package io.disputeflow.decision;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Remembers what the FEEL engine answered for the cells of a decision table that hold only literals: an output
 * entry such as {@code "tracking history"} or {@code true}, an input entry such as {@code "LOST","CUSTOMS_HELD"}
 * tested against a reason code. Such a cell's answer depends on nothing but its text (and, for an input entry, the
 * value tested), so the engine's first answer is reused instead of parsing and evaluating the cell again; the
 * classification table asks 19 of them per dispute. An input expression that is just the name of a text or yes/no
 * variable, such as {@code reason}, answers that variable's value, as FEEL would. Cells that do more (compare with a
 * variable, call a function) are always evaluated by the engine, so a process owner's richer table works unchanged,
 * only uncached.
 */
public final class LiteralFeelCache implements FeelEngine {

    /** Answers kept at most; the cache is emptied when full (a table tested against free text could grow it). */
    static final int MAX_ENTRIES = 10_000;

    private static final String LITERAL = "(\"[^\"\\\\]*\"|-?\\d+(\\.\\d+)?|true|false|null)";
    private static final Pattern LITERAL_EXPRESSION = Pattern.compile("\\s*" + LITERAL + "\\s*");
    private static final Pattern LITERAL_TESTS =
            Pattern.compile("\\s*(-|" + LITERAL + "(\\s*,\\s*" + LITERAL + ")*)?\\s*");

    private static final Pattern NAME = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");
    private static final Set<String> KEYWORDS = Set.of("not", "and", "or", "if", "then", "else", "for", "in",
            "return", "some", "every", "satisfies", "instance", "of", "between", "function", "external");

    private static final Object NOT_PLAIN = new Object();

    private final FeelEngine engine;
    private final Map<String, Object> expressions = new ConcurrentHashMap<>();
    private final Map<List<Object>, Boolean> tests = new ConcurrentHashMap<>();

    public LiteralFeelCache(FeelEngine engine) {
        this.engine = engine;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        Object named = valueNamedBy(expression, variables);
        if (named != null) {
            return (T) named;
        }
        if (!LITERAL_EXPRESSION.matcher(expression).matches()) {
            return engine.evaluateSimpleExpression(expression, variables);
        }
        Object known = expressions.get(expression);
        if (known == null) {
            known = engine.evaluateSimpleExpression(expression, variables);
            if (known != null) {
                remember(expressions, expression, known);
            }
        }
        return (T) known;
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
        Object input = plainValue(variables.resolve(inputVariable));
        if (input == NOT_PLAIN || !LITERAL_TESTS.matcher(expression).matches()) {
            return engine.evaluateSimpleUnaryTests(expression, inputVariable, variables);
        }
        List<Object> key = input == null ? List.of(expression) : List.of(expression, input.getClass(), input);
        Boolean known = tests.get(key);
        if (known == null) {
            known = engine.evaluateSimpleUnaryTests(expression, inputVariable, variables);
            remember(tests, key, known);
        }
        return known;
    }

    /** The value of the text or yes/no variable the expression only names; null for any other expression. */
    private static Object valueNamedBy(String expression, VariableContext variables) {
        Matcher name = NAME.matcher(expression);
        if (!name.matches() || KEYWORDS.contains(name.group(1)) || !variables.containsVariable(name.group(1))) {
            return null;
        }
        TypedValue typed = variables.resolve(name.group(1));
        Object value = typed == null ? null : typed.getValue();
        return value instanceof String || value instanceof Boolean ? value : null;
    }

    /** The tested when it is a string, number or boolean (or absent); anything else is never cached. */
    private static Object plainValue(TypedValue typed) {
        Object value = typed == null ? null : typed.getValue();
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                ? value : NOT_PLAIN;
    }

    private static <K, V> void remember(Map<K, V> answers, K key, V answer) {
        if (answers.size() >= MAX_ENTRIES) {
            answers.clear();
        }
        answers.put(key, answer);
    }
}
