package io.disputeflow.persistence;

import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;

/**
 * Reads a process's job definitions together once a command needs a second one. Every job the engine creates (a
 * timer, an asynchronous step) reads its definition for its suspension state and priority, one statement each: a
 * dispute's classification step creates five timers and runs one job, six reads of {@code ACT_RU_JOBDEF}. Here the
 * first definition a command needs is read by id as before; at the second, all definitions of the first one's
 * process are read in one statement into the command's entity cache, where the engine finds the rest. The rows are
 * the same the engine would have read moments later in the same transaction; nothing is kept between commands.
 */
public class JobDefinitionsByProcess extends JobDefinitionManager {

    private String firstProcessDefinitionId;
    private boolean processReadWhole;

    @Override
    public JobDefinitionEntity findById(String jobDefinitionId) {
        JobDefinitionEntity known = getDbEntityManager().getCachedEntity(JobDefinitionEntity.class, jobDefinitionId);
        if (known != null) {
            return known;
        }
        if (firstProcessDefinitionId != null && !processReadWhole) {
            processReadWhole = true;
            findByProcessDefinitionId(firstProcessDefinitionId);
            known = getDbEntityManager().getCachedEntity(JobDefinitionEntity.class, jobDefinitionId);
            if (known != null) {
                return known;
            }
        }
        JobDefinitionEntity read = super.findById(jobDefinitionId);
        if (read != null && firstProcessDefinitionId == null) {
            firstProcessDefinitionId = read.getProcessDefinitionId();
        }
        return read;
    }
}
