package io.disputeflow.persistence;

import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts a row guarded by a unique key, for steps that may run more than once (job retries, two nodes). The
 * insert runs in a savepoint: on PostgreSQL a failed statement would otherwise abort the caller's whole
 * transaction, the process engine's included.
 */
@Component
public class InsertOnce {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;

    public InsertOnce(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Inserts as {@link #insert} with a statement that also returns the row ({@code RETURNING} on PostgreSQL,
     * {@code FINAL TABLE} on H2); @return the row as inserted, empty when a row with the same unique key exists
     */
    public <T> Optional<T> insertReturning(String sql, RowMapper<T> row, Object... arguments) {
        try {
            return Optional.of(savepoint.execute(status -> jdbc.queryForObject(sql, row, arguments)));
        } catch (DuplicateKeyException alreadyThere) {
            return Optional.empty();
        }
    }

    /** @return true when the row was inserted, false when a row with the same unique key exists */
    public boolean insert(String sql, Object... arguments) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.update(sql, arguments));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }
}
