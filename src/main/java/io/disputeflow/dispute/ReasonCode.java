package io.disputeflow.dispute;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reason codes a buyer can give (RULES.md, classification). The DisputeClassification decision has a row for
 * each; {@code DisputeClassificationDecisionTest} fails when the two drift apart.
 */
public enum ReasonCode {
    NO_TRACKING_UPDATE, CUSTOMS_HELD, RETURNED_AT_DESTINATION, RETURNED_BEFORE_EXPORT, LOST, SHOWS_DELIVERED,
    DEFECTIVE, WRONG_ITEM, NOT_AS_DESCRIBED, USAGE_PROBLEM, CHANGED_MIND, PRICE_DROP;

    /** The rule name problem responses give for an unknown reason code. */
    public static final String RULE = "reason-codes";

    public static Optional<ReasonCode> find(String code) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(code)).findFirst();
    }

    /** @throws RuleViolationException naming the field when the code is not one of ours */
    public static ReasonCode require(String field, String code) {
        return find(code).orElseThrow(() -> new RuleViolationException(RULE, field, "Unknown reason '" + code
                + "': use one of " + Arrays.toString(values())));
    }
}
