package io.disputeflow.evidence;

import io.disputeflow.problem.FieldProblem;
import io.disputeflow.problem.Problem;
import java.util.List;

/** An upload refused before anything was stored; names the offending field and says what to do. */
public class EvidenceRejectedException extends RuntimeException implements Problem {

    private final String field;

    public EvidenceRejectedException(String field, String message) {
        super(message);
        this.field = field;
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
        return "evidence-rejected";
    }

    @Override
    public String title() {
        return "The evidence file was not accepted";
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(new FieldProblem(field, "evidence-files", getMessage()));
    }
}
