package io.disputeflow.dispute;

/** The dispute's current state does not allow this action (e.g. escalation before any rejection). */
public class ActionNotAllowedException extends RuntimeException {

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

    public DisputeStatus status() {
        return status;
    }

    public String rule() {
        return rule;
    }
}
