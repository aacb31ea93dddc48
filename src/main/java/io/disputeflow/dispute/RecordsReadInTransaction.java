package io.disputeflow.dispute;

import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The dispute records one database transaction has read, so that the steps of one job or request (a settlement, the
 * refund it pays, the status it closes with) read the row once. Only inside a real transaction, forgotten when it
 * ends, put aside while a transaction of its own runs inside it. Every write of the record replaces it with the row
 * as written ({@link DisputeRecords#update}), a lock always reads the row ({@link DisputeRecords#lock}): what a
 * transaction reads after locking is what it holds. Not shared between transactions: another transaction's commit is seen by the next one.
 */
final class RecordsReadInTransaction implements TransactionSynchronization {

    private static final Object KEY = RecordsReadInTransaction.class;

    private final Map<String, DisputeRecord> records = new HashMap<>();

    private RecordsReadInTransaction() {
    }

    /** The records read in the current transaction, or null outside one (every read then goes to the database). */
    static Map<String, DisputeRecord> current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        RecordsReadInTransaction read = (RecordsReadInTransaction) TransactionSynchronizationManager.getResource(KEY);
        if (read == null) {
            read = new RecordsReadInTransaction();
            TransactionSynchronizationManager.bindResource(KEY, read);
            TransactionSynchronizationManager.registerSynchronization(read);
        }
        return read.records;
    }

    /** Keeps a record the current transaction has just written, as the statement that wrote it returned it. */
    static void remember(DisputeRecord written) {
        Map<String, DisputeRecord> read = current();
        if (read != null) {
            read.put(written.id(), written);
        }
    }

    /** Forgets a record the current transaction changes, if it had read it. */
    static void forget(String disputeId) {
        RecordsReadInTransaction read = (RecordsReadInTransaction) TransactionSynchronizationManager.getResource(KEY);
        if (read != null) {
            read.records.remove(disputeId);
        }
    }

    @Override
    public void suspend() {
        TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }

    @Override
    public void resume() {
        TransactionSynchronizationManager.bindResource(KEY, this);
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }
}
