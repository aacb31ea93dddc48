package io.disputeflow.migration;

import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's migration moves a user task as it is: its due date stays what the old version computed. After a move,
 * the tasks whose due-date expression changed get the target version's expression evaluated as the engine does when
 * it creates a task (a date, or a duration counted from when the task was created). The deadline words its form
 * quotes need nothing: they are read from the version the task is in when the form is opened.
 */
@Component
class TaskDueDates {

    private final ProcessEngineConfigurationImpl configuration;

    TaskDueDates(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** Re-evaluates the due dates of the instance's tasks of these task definitions (ids) in their current version. */
    void reevaluate(String processInstanceId, Set<String> taskDefinitionKeys) {
        if (taskDefinitionKeys.isEmpty()) {
            return;
        }
        configuration.getCommandExecutorTxRequired().execute(context -> {
            for (TaskEntity task : context.getTaskManager().findTasksByProcessInstanceId(processInstanceId)) {
                if (taskDefinitionKeys.contains(task.getTaskDefinitionKey()) && task.getTaskDefinition() != null) {
                    task.setDueDate(dueDate(task, task.getTaskDefinition().getDueDateExpression()));
                    task.triggerUpdateEvent();
                }
            }
            return null;
        });
    }

    private Date dueDate(TaskEntity task, Expression expression) {
        if (expression == null) {
            return null;
        }
        Object value = expression.getValue(task.getExecution());
        if (value instanceof Date date) {
            return date;
        }
        if (value instanceof String text && !text.isBlank()) {
            return configuration.getBusinessCalendarManager().getBusinessCalendar(DueDateBusinessCalendar.NAME)
                    .resolveDuedate(text, task.getCreateTime());
        }
        return task.getDueDate();
    }
}
