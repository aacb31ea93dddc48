package io.disputeflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.history.producer.HistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricBatchManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A process's own jobs write their job log without reading a historic batch (the read never finds one); a batch's
 * jobs still read theirs. On a standalone engine of its own (history full, removal time strategy "start", as the
 * application), whose historic batch reads are counted.
 */
class ProcessJobLogProducerPostgresTest {

    /** Every historic batch id the engine asked for, on any engine of this test. */
    static final Queue<String> BATCH_READS = new ConcurrentLinkedQueue<>();
    /** Every job definition the engine read from the database, on any engine of this test. */
    static final Queue<String> DEFINITION_READS = new ConcurrentLinkedQueue<>();

    private static final BpmnModelInstance ASYNC_STEP_AND_TIMER = Bpmn.createExecutableProcess("JobLog")
            .camundaHistoryTimeToLive(30)
            .startEvent()
            .userTask("Task_Wait").camundaAsyncBefore()
            .boundaryEvent("Timer_Due").timerWithDuration("P5D")
            .endEvent()
            .moveToActivity("Task_Wait").endEvent()
            .done();

    private ProcessEngine engine;
    private HikariDataSource pool;

    @AfterEach
    void close() {
        BATCH_READS.clear();
        DEFINITION_READS.clear();
        if (engine != null) {
            engine.close();
        }
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void aProcessesAsynchronousStepAndTimerWriteTheirJobLogWithoutReadingABatch() {
        engine = engine("joblog_process", new ProcessJobLogProducer());

        runAsynchronousStepAndTimer();

        assertThat(engine.getHistoryService().createHistoricJobLogQuery().count())
                .as("job log: async step created and succeeded, timer created").isEqualTo(3);
        assertThat(BATCH_READS).isEmpty();
    }

    @Test
    void camundasOwnProducerReadsABatchForEveryJobLogEntry_theCostAvoided() {
        engine = engine("joblog_camunda", new CacheAwareHistoryEventProducer());

        runAsynchronousStepAndTimer();

        assertThat(BATCH_READS).hasSize(3);
    }

    @Test
    void aRemovedTimerIsLoggedWithoutReadingItsDefinitionAgain_theEntriesAsCamundasProducerWritesThem() {
        engine = engine("joblog_definitions", new ProcessJobLogProducer());
        runAndCompleteTheTask();
        runAndCompleteTheTask();
        List<String> logged = jobLogEntries();
        int reads = DEFINITION_READS.size();
        close();

        engine = engine("joblog_definitions_camunda", new CacheAwareHistoryEventProducer());
        runAndCompleteTheTask();
        runAndCompleteTheTask();

        assertThat(logged).as("job log entries: event, definition type and configuration, activity")
                .isEqualTo(jobLogEntries()).hasSize(8).allMatch(entry -> !entry.contains("null"));
        assertThat(DEFINITION_READS.size() - reads).as("each removed timer is logged without a read: its definition "
                + "was remembered when the first timer was created").isEqualTo(2);
    }

    @Test
    void aBatchsJobsStillReadTheirBatch_forItsRemovalTime() {
        engine = engine("joblog_batch", new ProcessJobLogProducer());
        String instance = runAsynchronousStepAndTimer();
        BATCH_READS.clear();

        Batch batch = engine.getRuntimeService().deleteProcessInstancesAsync(List.of(instance), "no longer needed");

        assertThat(BATCH_READS).contains(batch.getId());
    }

    private String runAsynchronousStepAndTimer() {
        engine.getRepositoryService().createDeployment().addModelInstance("JobLog.bpmn", ASYNC_STEP_AND_TIMER)
                .deploy();
        String instance = engine.getRuntimeService().startProcessInstanceByKey("JobLog").getId();
        Job step = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
        engine.getManagementService().executeJob(step.getId());
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance).timers().count())
                .isEqualTo(1);
        return instance;
    }

    /** The asynchronous step and timer, then the task completed: its timer removed. */
    private void runAndCompleteTheTask() {
        String instance = runAsynchronousStepAndTimer();
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .singleResult().getId());
    }

    /** Each job log entry: its event, its definition's type and configuration, its activity. */
    private List<String> jobLogEntries() {
        return engine.getHistoryService().createHistoricJobLogQuery().orderByTimestamp().asc()
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(entry -> (entry.isCreationLog() ? "created" : entry.isSuccessLog() ? "succeeded"
                        : entry.isDeletionLog() ? "removed" : "failed") + " " + entry.getJobDefinitionType() + "/"
                        + entry.getJobDefinitionConfiguration() + " at " + entry.getActivityId()
                        + (entry.getJobDefinitionId() == null ? " null" : ""))
                .toList();
    }

    private ProcessEngine engine(String database, HistoryEventProducer producer) {
        pool = StandaloneEngines.pool(database);
        ProcessEngineConfigurationImpl configuration = StandaloneEngines.configuration(database, pool);
        configuration.setHistoryEventProducer(producer);
        StandaloneEngines.afterInit(configuration, initialized -> {
            EngineSessions.replace(initialized, HistoricBatchManager.class, CountingHistoricBatchManager::new);
            EngineSessions.replace(initialized, JobDefinitionManager.class, CountingJobDefinitionManager::new);
        });
        return configuration.buildProcessEngine();
    }

    /** Camunda's manager of job definitions, counting the reads from the database. */
    static class CountingJobDefinitionManager extends JobDefinitionManager {
        @Override
        public JobDefinitionEntity findById(String jobDefinitionId) {
            if (getDbEntityManager().getCachedEntity(JobDefinitionEntity.class, jobDefinitionId) == null) {
                DEFINITION_READS.add(jobDefinitionId);
            }
            return super.findById(jobDefinitionId);
        }
    }

    /** Camunda's manager of historic batches, counting the reads by id. */
    static class CountingHistoricBatchManager extends HistoricBatchManager {
        @Override
        public HistoricBatchEntity findHistoricBatchById(String batchId) {
            BATCH_READS.add(batchId);
            return super.findHistoricBatchById(batchId);
        }
    }
}
