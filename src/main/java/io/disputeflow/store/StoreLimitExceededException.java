package io.disputeflow.store;

import io.disputeflow.problem.FieldProblem;
import io.disputeflow.problem.Problem;
import java.util.List;
import java.util.Map;

/** A company asked for a seventh open store. */
public class StoreLimitExceededException extends RuntimeException implements Problem {

    /** The rule name problem responses give. */
    public static final String RULE = "store-limit";

    public StoreLimitExceededException(String companyId, int limit) {
        super("Company " + companyId + " already runs " + limit + " stores, the most a company may run: "
                + "close a store before opening another");
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
        return "The request breaks rule " + RULE;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("rule", RULE);
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(new FieldProblem("companyId", RULE, getMessage()));
    }
}
