package io.disputeflow.dispute;

import io.disputeflow.problem.Problem;
import java.util.Map;

/** The dispute's current state does not allow this action (e.g. escalation before any rejection). */
public class ActionNotAllowedException extends RuntimeException implements Problem {

    private final String action;
    private final DisputeStatus status;
    private final String rule;

    public ActionNotAllowedException(String action, DisputeStatus status, String rule, String message) {
        super(message);
        this.action = action;
        this.status = status;
        this.rule = rule;
    }

    public String action() {
        return action;
    }

    public String rule() {
        return rule;
    }

    public DisputeStatus status() {
        return status;
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String type() {
        return "action-not-allowed";
    }

    @Override
    public String title() {
        return "The dispute's state does not allow " + action;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("rule", rule, "disputeStatus", status);
    }
}
