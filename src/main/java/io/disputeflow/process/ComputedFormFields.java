package io.disputeflow.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Values a task's form shows that are computed when the form is read (Tasklist asks for the task's form variables),
 * not stored as process variables: the case file from the dispute record, the deadline words from the model. Nothing
 * is written when a task is created, and a form always shows what holds when it is opened.
 */
public interface ComputedFormFields {

    /** The form fields of {@code task} by variable name (values may be null); empty when it has none. */
    Map<String, Object> of(DelegateTask task);
}
