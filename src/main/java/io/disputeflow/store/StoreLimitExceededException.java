package io.disputeflow.store;

import io.disputeflow.dispute.RuleViolationException;

/** A company asked for a seventh open store: refused like any rule, 422 naming the rule and the company. */
public class StoreLimitExceededException extends RuleViolationException {

    /** The rule name problem responses give. */
    public static final String RULE = "store-limit";

    public StoreLimitExceededException(String companyId, int limit) {
        super(RULE, "companyId", "Company " + companyId + " already runs " + limit + " stores, the most a company may "
                + "run: close a store before opening another");
    }
}
