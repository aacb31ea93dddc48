package io.disputeflow.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed a task, for the dispute's timeline. */
public final class TaskActors {

    private TaskActors() {
    }

    /** The task's assignee, else the signed-in user, else {@code fallback} (e.g. "seller"). */
    public static String of(DelegateTask task, String fallback) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null || current.getUserId() == null ? fallback : current.getUserId();
    }
}
