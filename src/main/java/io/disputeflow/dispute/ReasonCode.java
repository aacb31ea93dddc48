package io.disputeflow.dispute;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reason codes a buyer can give (RULES.md, classification). The DisputeClassification decision has a row for
 * each; {@code DisputeClassificationDecisionTest} fails when the two drift apart.
 */
public enum ReasonCode {
    NO_TRACKING_UPDATE("no tracking update"),
    CUSTOMS_HELD("held by customs"),
    RETURNED_AT_DESTINATION("returned at destination"),
    RETURNED_BEFORE_EXPORT("returned before export"),
    LOST("lost in transit"),
    SHOWS_DELIVERED("shows delivered, not received"),
    DEFECTIVE("defective"),
    WRONG_ITEM("wrong item"),
    NOT_AS_DESCRIBED("not as described"),
    USAGE_PROBLEM("usage problem"),
    CHANGED_MIND("changed mind"),
    PRICE_DROP("price drop");

    /** The rule name problem responses give for an unknown reason code. */
    public static final String RULE = "reason-codes";

    private final String label;

    ReasonCode(String label) {
        this.label = label;
    }

    /** How people read the reason, e.g. "not as described". */
    public String label() {
        return label;
    }

    /** The label of a reason code, or the code itself when it is not one of ours. */
    public static String labelOf(String code) {
        return find(code).map(ReasonCode::label).orElse(code);
    }

    public static Optional<ReasonCode> find(String code) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(code)).findFirst();
    }

    /** @throws RuleViolationException naming the field when the code is not one of ours */
    public static ReasonCode require(String field, String code) {
        return find(code).orElseThrow(() -> new RuleViolationException(RULE, field, "Unknown reason '" + code
                + "': use one of " + Arrays.toString(values())));
    }
}
