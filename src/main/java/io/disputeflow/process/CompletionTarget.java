package io.disputeflow.process;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The task a REST completion names, read by id as the engine's own commands read it, with Camunda's tenant check:
 * whether it belongs to a store of another company than the signed-in user's. Not Camunda's task query, which builds
 * an authorization join for every call; whether the user may work on the task is the engine's check when it
 * completes it, in the same transaction.
 */
record CompletionTarget(String processInstanceId, String processDefinitionId, String taskDefinitionKey, String name,
                        boolean anotherCompanys) {

    /** The task {@code taskId}, or empty when it does not exist (any more); joins the running transaction. */
    static Optional<CompletionTarget> find(ProcessEngine engine, String taskId) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return Optional.ofNullable(configuration.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            return task == null ? null : new CompletionTarget(task.getProcessInstanceId(),
                    task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName(),
                    !context.getTenantManager().isAuthenticatedTenant(task.getTenantId()));
        }));
    }
}
