package io.disputeflow.dispute;

/**
 * A request refused by one of the numbered rules; names the rule and the offending field. An illegal argument, so that
 * the rule checks serve task listeners (which refuse illegal input) as well as the API.
 */
public class RuleViolationException extends IllegalArgumentException {

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
}
