package io.disputeflow.persistence;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.ProcessEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerCatchIntermediateEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerExecuteNestedActivityJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventSubprocessJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Camunda's history producer without the reads a job log entry of a process model's own jobs need not make:
 * <ul>
 *   <li>With the removal time strategy "start" the engine reads the historic batch named by the job definition's
 *       configuration for every job log entry (created, succeeded, failed, deleted), to give the entry the batch's
 *       removal time. A process's asynchronous steps and timers are configured with "async-before", "async-after" or
 *       their timer's expression, which never name a batch, so the read always finds nothing.</li>
 *   <li>Every entry names its job's definition (id, type, configuration, and the activity a job takes from it), and
 *       the engine reads the definition for every job that has not read it in the same command: the timers that a
 *       step removes when it leaves their activity. These never change once deployed; this producer reads them once
 *       per definition and node.</li>
 * </ul>
 * Jobs of every other type (batches, history cleanup) are logged as before.
 */
public class ProcessJobLogProducer extends CacheAwareHistoryEventProducer {

    /** Job types of process models (asynchronous steps, timers, asynchronous signals): never a batch's jobs. */
    static final Set<String> PROCESS_JOB_TYPES = Set.of(
            AsyncContinuationJobHandler.TYPE,
            TimerExecuteNestedActivityJobHandler.TYPE,
            TimerCatchIntermediateEventJobHandler.TYPE,
            TimerStartEventJobHandler.TYPE,
            TimerStartEventSubprocessJobHandler.TYPE,
            TimerTaskListenerJobHandler.TYPE,
            ProcessEventJobHandler.TYPE);

    /** Beyond any deployment history's job definitions; past it the remembered definitions start over. */
    private static final int MAX_REMEMBERED_DEFINITIONS = 10_000;

    // the engine's method asks for the batch by id only: it learns here whose job log entry it is building
    private final ThreadLocal<Boolean> processJob = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final Map<String, JobDefinition> definitions = new ConcurrentHashMap<>();

    @Override
    protected void initHistoricJobLogEvent(HistoricJobLogEventEntity event, Job job, HistoryEventType eventType) {
        JobEntity entity = (JobEntity) job;
        boolean ofAProcess = PROCESS_JOB_TYPES.contains(entity.getJobHandlerType());
        if (ofAProcess) {
            useRememberedDefinition(entity);
        }
        processJob.set(ofAProcess);
        try {
            super.initHistoricJobLogEvent(event, job, eventType);
        } finally {
            processJob.remove();
        }
        if (ofAProcess) {
            remember(entity);
        }
    }

    @Override
    protected HistoricBatchEntity getHistoricBatchById(String batchId) {
        return processJob.get() ? null : super.getHistoricBatchById(batchId);
    }

    /**
     * Gives the job the definition's log data when this node has read it before and the command has not. A job asks
     * its definition for nothing else: its activity id, and a migration for its configuration.
     */
    private void useRememberedDefinition(JobEntity job) {
        String id = job.getJobDefinitionId();
        JobDefinition known = id == null ? null : definitions.get(id);
        if (known != null && Context.getCommandContext().getDbEntityManager()
                .getCachedEntity(JobDefinitionEntity.class, id) == null) {
            job.setJobDefinition(known);
        }
    }

    private void remember(JobEntity job) {
        String id = job.getJobDefinitionId();
        if (id == null || definitions.containsKey(id)) {
            return;
        }
        JobDefinition read = job.getJobDefinition();
        if (read == null) {
            return;
        }
        if (definitions.size() >= MAX_REMEMBERED_DEFINITIONS) {
            definitions.clear();
        }
        JobDefinitionEntity logData = new JobDefinitionEntity();
        logData.setId(read.getId());
        logData.setJobType(read.getJobType());
        logData.setJobConfiguration(read.getJobConfiguration());
        logData.setActivityId(read.getActivityId());
        definitions.put(id, logData);
    }
}
