package io.disputeflow.process;

import io.disputeflow.dispute.DisputeRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Listeners every user task of every model gets, ahead of the model's own: {@link TaskNames} when a task is created,
 * {@link TaskCompletionGuard} when it is completed, {@link AssigneeCheck} when it is given to someone; and its form's
 * {@link ComputedFormFields} (the case file, the deadline words), computed when the form is read. Also makes each
 * dispute's process instances belong to its store's tenant ({@link StoreTenantIdProvider}).
 */
@Component
public class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

    private final DisputeRecords records;
    private final TaskDisputeLock locks;
    /** Looked up when a form is first read: some sources need beans that need the engine this plugin configures. */
    private final ObjectProvider<ComputedFormFields> formFields;

    public UserTaskListenersPlugin(DisputeRecords records, TaskDisputeLock locks,
                                   ObjectProvider<ComputedFormFields> formFields) {
        this.records = records;
        this.locks = locks;
        this.formFields = formFields;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new StoreTenantIdProvider());
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        TaskListener names = new TaskNames(records);
        TaskListener guard = new TaskCompletionGuard(locks);
        TaskListener assignee = new AssigneeCheck();
        Supplier<List<ComputedFormFields>> sources = () -> formFields.orderedStream().toList();
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, names);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, guard);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assignee);
                task.setTaskFormHandler(new ComputedFieldsFormHandler(task.getTaskFormHandler(), sources));
            }
        });
    }
}
