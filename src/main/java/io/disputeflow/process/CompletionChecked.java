package io.disputeflow.process;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * That a task's completion has been checked in the running transaction (dispute locked, task still open, deadline
 * not passed): {@link TaskCompletionLockFilter} checks a REST completion before the engine runs it, and
 * {@link TaskCompletionGuard} then need not repeat the same queries under the same lock.
 */
final class CompletionChecked {

    private CompletionChecked() {
    }

    /** Runs {@code completion} with the task marked as checked in this transaction, and unmarks it after. */
    static <T> T during(String taskId, Supplier<T> completion) {
        String key = key(taskId);
        TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
        try {
            return completion.get();
        } finally {
            TransactionSynchronizationManager.unbindResource(key);
        }
    }

    static boolean in(String taskId) {
        return TransactionSynchronizationManager.hasResource(key(taskId));
    }

    private static String key(String taskId) {
        return CompletionChecked.class.getName() + ":" + taskId;
    }
}
