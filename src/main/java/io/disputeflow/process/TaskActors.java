package io.disputeflow.process;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did a step, for the dispute's timeline, and how screens name a person. */
public final class TaskActors {

    private TaskActors() {
    }

    /** The task's assignee, else the signed-in user, else {@code fallback} (e.g. "seller"). */
    public static String of(DelegateTask task, String fallback) {
        return task.getAssignee() != null ? task.getAssignee() : signedIn(task.getProcessEngineServices(), fallback);
    }

    /** "Arthur Arbitrator" for the account {@code arthur}; an account without a name keeps its id. */
    public static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }

    /** The user whose request runs the engine's command, else {@code fallback} (e.g. a job: "system"). */
    public static String signedIn(ProcessEngineServices engine, String fallback) {
        Authentication current = engine.getIdentityService().getCurrentAuthentication();
        return current == null || current.getUserId() == null ? fallback : current.getUserId();
    }
}
