package io.disputeflow.api;

/** A request field (or header or parameter) that is malformed in a way Bean Validation does not express. */
public class InvalidRequestException extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidRequestException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
