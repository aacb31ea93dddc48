package io.disputeflow.dispute;

import io.disputeflow.problem.FieldProblem;
import io.disputeflow.problem.Problem;
import java.util.List;
import java.util.Map;

/** The order already has an open dispute; the buyer should continue that one. */
public class DuplicateDisputeException extends RuntimeException implements Problem {

    private final String existingDisputeId;

    public DuplicateDisputeException(String orderId, String existingDisputeId) {
        super("Order " + orderId + " already has an open dispute, " + existingDisputeId
                + ": modify or cancel that dispute instead of opening another");
        this.existingDisputeId = existingDisputeId;
    }

    public String existingDisputeId() {
        return existingDisputeId;
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String type() {
        return "dispute-already-open";
    }

    @Override
    public String title() {
        return "The order already has an open dispute";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("existingDisputeId", existingDisputeId);
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(new FieldProblem("orderId", "one-open-dispute-per-order", getMessage()));
    }

    @Override
    public String location() {
        return "/api/disputes/" + existingDisputeId;
    }
}
