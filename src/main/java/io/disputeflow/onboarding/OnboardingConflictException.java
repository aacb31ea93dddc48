package io.disputeflow.onboarding;

import io.disputeflow.problem.FieldProblem;
import io.disputeflow.problem.Problem;
import java.util.List;
import java.util.Map;

/** The id asked for is taken by something else (another company, store or person), or the store is closed. */
public class OnboardingConflictException extends RuntimeException implements Problem {

    private final String type;
    private final String title;
    private final String field;

    OnboardingConflictException(String type, String title, String field, String message) {
        super(message);
        this.type = type;
        this.title = title;
        this.field = field;
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("rule", type);
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(new FieldProblem(field, type, getMessage()));
    }
}
