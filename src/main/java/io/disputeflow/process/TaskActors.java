package io.disputeflow.process;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did a step, for the dispute's timeline. */
public final class TaskActors {

    private TaskActors() {
    }

    /** The task's assignee, else the signed-in user, else {@code fallback} (e.g. "seller"). */
    public static String of(DelegateTask task, String fallback) {
        return task.getAssignee() != null ? task.getAssignee() : signedIn(task.getProcessEngineServices(), fallback);
    }

    /** The user whose request runs the engine's command, else {@code fallback} (e.g. a job: "system"). */
    public static String signedIn(ProcessEngineServices engine, String fallback) {
        Authentication current = engine.getIdentityService().getCurrentAuthentication();
        return current == null || current.getUserId() == null ? fallback : current.getUserId();
    }
}
