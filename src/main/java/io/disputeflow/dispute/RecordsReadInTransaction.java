package io.disputeflow.dispute;

import io.disputeflow.persistence.TransactionBound;
import java.util.HashMap;
import java.util.Map;

/**
 * The dispute records one database transaction has read, so that the steps of one job or request (a settlement, the
 * refund it pays, the status it closes with) read the row once. Only inside a real transaction, forgotten when it
 * ends, put aside while a transaction of its own runs inside it. Every write of the record replaces it with the row
 * as written ({@link DisputeRecords#update}), a lock always reads the row ({@link DisputeRecords#lock}): what a
 * transaction reads after locking is what it holds. Not shared between transactions: another transaction's commit is
 * seen by the next one.
 */
final class RecordsReadInTransaction extends TransactionBound {

    private final Map<String, DisputeRecord> records = new HashMap<>();

    private RecordsReadInTransaction() {
    }

    /** The records read in the current transaction, or null outside one (every read then goes to the database). */
    static Map<String, DisputeRecord> current() {
        RecordsReadInTransaction read = current(RecordsReadInTransaction.class, RecordsReadInTransaction::new);
        return read == null ? null : read.records;
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
        RecordsReadInTransaction read = existing(RecordsReadInTransaction.class);
        if (read != null) {
            read.records.remove(disputeId);
        }
    }
}
