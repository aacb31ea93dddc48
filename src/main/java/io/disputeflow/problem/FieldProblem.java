package io.disputeflow.problem;

/**
 * One offending field of a refused request: its JSON path, the rule it broke (a rule id of RULES.md such as
 * {@code R1}, or a format rule such as {@code required}) and what to do about it.
 */
public record FieldProblem(String field, String rule, String message) {
}
