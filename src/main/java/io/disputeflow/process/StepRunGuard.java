package io.disputeflow.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Stops a second run of the same step before it calls the outside world. Two runs of one job can overlap (an
 * administrator's "execute" while the job executor runs it, a node whose lock expired); the engine notices only when
 * the later one commits, after its payment would have been made. A step that settles and pays locks the dispute
 * first, so the later run gets the lock only once the earlier one has committed; this then compares the process
 * instance as the engine read it at the start of the run with the one stored now: a committed run of the instance
 * changed it (a new revision) or ended it, so a difference means this run is stale and must roll back (R19).
 */
public final class StepRunGuard {

    private static final String STORED_REVISION = "SELECT REV_ FROM ACT_RU_EXECUTION WHERE ID_ = ?";

    private StepRunGuard() {
    }

    /** Call with the dispute locked: throws when another run of this instance committed since this one began. */
    public static void ensureNoOtherRunCommitted(DelegateExecution execution) {
        ExecutionEntity instance = ((ExecutionEntity) execution).getProcessInstance();
        Integer stored = storedRevision(instance.getId());
        if (stored == null || stored != instance.getRevision()) {
            throw new OptimisticLockingException("Another run of '" + execution.getCurrentActivityName()
                    + "' for dispute " + execution.getProcessBusinessKey() + " committed while this one waited for "
                    + "the dispute: this run is rolled back and pays nothing");
        }
    }

    /** Read on the engine's own connection, in its transaction: fresh, not the engine's cache of the run. */
    private static Integer storedRevision(String executionId) {
        Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(STORED_REVISION)) {
            statement.setString(1, executionId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getInt(1) : null;
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read the stored state of process instance " + executionId, e);
        }
    }
}
