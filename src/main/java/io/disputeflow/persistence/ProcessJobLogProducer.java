package io.disputeflow.persistence;

import java.util.Set;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
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
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Camunda's history producer without one query per job log entry of a process model's own jobs. With the removal
 * time strategy "start" the engine reads the historic batch named by the job definition's configuration for every
 * job log entry (created, succeeded, failed, deleted), to give the entry the batch's removal time. A process's
 * asynchronous steps and timers are configured with "async-before", "async-after" or their timer's expression, which
 * never name a batch, so the read always finds nothing: 6 statements for every opened dispute. Jobs of every other
 * type (batches, history cleanup) are looked up as before.
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

    // the engine's method asks for the batch by id only: it learns here whose job log entry it is building
    private final ThreadLocal<Boolean> processJob = ThreadLocal.withInitial(() -> Boolean.FALSE);

    @Override
    protected void initHistoricJobLogEvent(HistoricJobLogEventEntity event, Job job, HistoryEventType eventType) {
        processJob.set(PROCESS_JOB_TYPES.contains(((JobEntity) job).getJobHandlerType()));
        try {
            super.initHistoricJobLogEvent(event, job, eventType);
        } finally {
            processJob.remove();
        }
    }

    @Override
    protected HistoricBatchEntity getHistoricBatchById(String batchId) {
        return processJob.get() ? null : super.getHistoricBatchById(batchId);
    }
}
