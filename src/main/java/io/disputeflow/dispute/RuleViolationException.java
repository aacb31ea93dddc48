package io.disputeflow.dispute;

/** A request refused by one of the numbered rules; names the rule and the offending field. */
public class RuleViolationException extends RuntimeException {

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
