package io.disputeflow.dispute;

import io.disputeflow.problem.FieldProblem;
import io.disputeflow.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * A request refused by one of the numbered rules; names the rule and the offending field. An illegal argument, so that
 * the rule checks serve task listeners (which refuse illegal input) as well as the API (422).
 */
public class RuleViolationException extends IllegalArgumentException implements Problem {

    private final String rule;
    private final String field;

    public RuleViolationException(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    @Override
    public int httpStatus() {
        return 422;
    }

    @Override
    public String type() {
        return "rule-violation";
    }

    @Override
    public String title() {
        return "The request breaks rule " + rule;
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
