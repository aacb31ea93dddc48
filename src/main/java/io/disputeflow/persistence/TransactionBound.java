package io.disputeflow.persistence;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * State that one database transaction keeps for itself: bound to the transaction at first use, put aside while a
 * transaction of its own runs inside it (which gets its own), dropped when the transaction ends.
 */
public abstract class TransactionBound implements TransactionSynchronization {

    /** The current transaction's {@code type}, made by {@code create} at first use; null outside a transaction. */
    public static <T extends TransactionBound> T current(Class<T> type, Supplier<T> create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        T bound = type.cast(TransactionSynchronizationManager.getResource(type));
        if (bound == null) {
            bound = create.get();
            TransactionSynchronizationManager.bindResource(type, bound);
            TransactionSynchronizationManager.registerSynchronization(bound);
        }
        return bound;
    }

    /** The current transaction's {@code type} if it has used one; null otherwise. */
    public static <T extends TransactionBound> T existing(Class<T> type) {
        return type.cast(TransactionSynchronizationManager.getResource(type));
    }

    @Override
    public void suspend() {
        TransactionSynchronizationManager.unbindResourceIfPossible(getClass());
    }

    @Override
    public void resume() {
        TransactionSynchronizationManager.bindResource(getClass(), this);
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(getClass());
    }
}
