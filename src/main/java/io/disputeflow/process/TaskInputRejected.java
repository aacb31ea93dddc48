package io.disputeflow.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Thrown by task-completion listeners when a form's values break a rule: the completion is rolled back, the
 * task stays open, and Tasklist and the REST API (400 Bad Request, unlike other engine exceptions) show the
 * message, which says what to correct.
 */
public final class TaskInputRejected {

    private TaskInputRejected() {
    }

    public static FormFieldValidationException because(String taskName, String reason) {
        return new FormFieldValidationException(taskName, taskName + ": " + reason);
    }
}
