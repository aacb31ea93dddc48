package io.disputeflow.process;

import io.disputeflow.dispute.RuleViolationException;
import io.disputeflow.problem.FieldRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Thrown by task-completion listeners when a form's values break a rule: the completion is rolled back, the task
 * stays open with what was typed, and Tasklist and the REST API answer 400 ({@link EngineRestRefusalMapper}) with one
 * sentence that names the field in the form's words ({@link FormWords}).
 */
public final class TaskInputRejected extends FormFieldValidationException {

    private final String field;
    private final String rule;

    private TaskInputRejected(String taskId, String field, String rule, String sentence) {
        super(taskId, sentence);
        this.field = field;
        this.rule = rule;
    }

    public static TaskInputRejected because(DelegateTask task, IllegalArgumentException refusal) {
        return new TaskInputRejected(task.getId(), FormWords.fieldOf(refusal).orElse(null), ruleOf(refusal),
                FormWords.sentence(refusal));
    }

    /** The process variable (form field key) that was refused, or null if the refusal is about the whole form. */
    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    private static String ruleOf(IllegalArgumentException refusal) {
        if (refusal instanceof FieldRefusal field) {
            return field.rule();
        }
        if (refusal instanceof RuleViolationException violation) {
            return violation.rule();
        }
        return null;
    }
}
