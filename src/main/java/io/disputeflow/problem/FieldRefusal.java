package io.disputeflow.problem;

import java.util.List;
import java.util.Map;

/**
 * An input field whose value breaks a format or business rule. The message starts with the field's name (the JSON
 * field or process variable), so that a form can put its own words for the field in its place
 * ({@code io.disputeflow.process.FormWords}).
 */
public class FieldRefusal extends IllegalArgumentException implements Problem {

    private final String field;
    private final String rule;

    /** {@code reason} follows the field's name, e.g. " is required: enter an amount such as 12.50". */
    public FieldRefusal(String field, String rule, String reason) {
        super(field + reason);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    @Override
    public int httpStatus() {
        return 400;
    }

    @Override
    public String type() {
        return "validation";
    }

    @Override
    public String title() {
        return "The request has an invalid field";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("rule", rule);
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(new FieldProblem(field, rule, getMessage()));
    }
}
