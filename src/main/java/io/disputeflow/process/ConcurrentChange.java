package io.disputeflow.process;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;

/** Recognises a lost race with another transaction, whichever layer reports it. */
public final class ConcurrentChange {

    /** PostgreSQL: serialization failure and deadlock. */
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";

    private ConcurrentChange() {
    }

    public static boolean isConflict(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (SERIALIZATION_FAILURE.equals(sql.getSQLState()) || DEADLOCK.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
