package io.disputeflow.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * First listener of every user task's completion: takes the dispute's row lock, the same lock a buyer action
 * takes, and then makes sure the task still exists. A completion racing a buyer action therefore either goes
 * first, so that the buyer's action sees the new state, or finds the task gone and is refused with 409, instead
 * of completing a task of a process that has moved on. A completion at or after the task's deadline is refused too,
 * even when the deadline's timer job has not run yet. A REST completion is checked before the engine runs it
 * ({@link TaskCompletionLockFilter}); then this listener has nothing left to check.
 */
public class TaskCompletionGuard implements TaskListener {

    private final TaskDisputeLock locks;

    TaskCompletionGuard(TaskDisputeLock locks) {
        this.locks = locks;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getExecutionId() == null) {
            return;
        }
        if (task.getExecution() == null) {
            throw ended(task, "its process");
        }
        if (CompletionChecked.in(task.getId())) {
            return; // the REST completion was checked under the same lock in this transaction
        }
        Optional<String> disputeId = locks.lockDisputeOf(task.getProcessInstanceId());
        if (disputeId.isEmpty()) {
            return;
        }
        if (!locks.stillOpen(task.getId())) {
            throw ended(task, "dispute " + disputeId.get());
        }
        TaskDeadlines.passed(task.getProcessEngineServices(), locks, task.getProcessInstanceId(),
                        task.getProcessDefinitionId(), task.getTaskDefinitionKey(), ClockUtil.now().toInstant())
                .ifPresent(deadline -> {
                    throw new TaskDeadlinePassed(task.getName(), deadline);
                });
    }

    private static ConcurrencyFailureException ended(DelegateTask task, String of) {
        return new ConcurrencyFailureException("Task '" + task.getName() + "' of " + of + " was ended by another "
                + "change (a buyer action or a deadline) while it was being completed");
    }
}
