package io.disputeflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.support.PostgresSpringTest;
import io.disputeflow.support.TestDisputes;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every job has a due date and the job executor acquires in due-date order (application.yaml); a job left without
 * one (created before, or by a node without the setting) is dated at start and then acquired like the others.
 */
@PostgresSpringTest
class JobDueDatesPostgresTest {

    private static final Instant OPENED = Instant.parse("2026-11-02T09:00:00Z");
    /** The dispute's first asynchronous step. */
    private static final String CLASSIFY_DISPUTE = "Task_ClassifyDispute";

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DisputeRecords records;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theEngineDatesEveryJob_anAsynchronousStepAtItsCreation() {
        assertThat(engine.isEnsureJobDueDateNotNull()).isTrue();
        assertThat(engine.isJobExecutorAcquireByDueDate()).isTrue();

        String disputeId = open("D-JOBDUE-1");

        List<HistoricJobLog> classification = history.createHistoricJobLogQuery().processInstanceId(instanceOf(disputeId))
                .activityIdIn(CLASSIFY_DISPUTE).creationLog().list();
        assertThat(classification).hasSize(1);
        assertThat(classification.get(0).getJobDueDate()).isEqualTo(Date.from(OPENED));
    }

    @Test
    void aJobWithoutDueDateIsNotAcquired_untilTheStartDatesItWithItsCreationTime() {
        String disputeId = open("D-JOBDUE-2");
        Job timer = management.createJobQuery().processInstanceId(instanceOf(disputeId)).timers().list().get(0);
        Timestamp due = jdbc.queryForObject("SELECT duedate_ FROM act_ru_job WHERE id_ = ?", Timestamp.class,
                timer.getId());
        try {
            jdbc.update("UPDATE act_ru_job SET duedate_ = NULL WHERE id_ = ?", timer.getId());
            assertThat(acquirableIds()).doesNotContain(timer.getId());

            assertThat(JobDueDates.dateUndatedJobs(dataSource)).isPositive();

            assertThat(jdbc.queryForObject("SELECT duedate_ = create_time_ FROM act_ru_job WHERE id_ = ?",
                    Boolean.class, timer.getId())).isTrue();
            assertThat(acquirableIds()).contains(timer.getId());
            assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_job WHERE duedate_ IS NULL", Integer.class))
                    .isZero();
        } finally {
            jdbc.update("UPDATE act_ru_job SET duedate_ = ? WHERE id_ = ?", due, timer.getId());
        }
    }

    @Test
    void dueJobsAreAcquiredOldestFirst_notInTheTablesOrder() {
        String disputeId = open("D-JOBDUE-3");
        List<Job> timers = management.createJobQuery().processInstanceId(instanceOf(disputeId)).timers()
                .orderByJobId().asc().list();
        assertThat(timers).hasSizeGreaterThanOrEqualTo(3);
        List<Timestamp> dues = timers.stream().map(job -> new Timestamp(job.getDuedate().getTime())).toList();
        try {
            // in the past, the first job (by id and position in the table) due last
            for (int i = 0; i < timers.size(); i++) {
                jdbc.update("UPDATE act_ru_job SET duedate_ = ? WHERE id_ = ?",
                        Timestamp.from(OPENED.minus(i + 1, ChronoUnit.HOURS)), timers.get(i).getId());
            }
            Set<String> ours = Set.copyOf(timers.stream().map(Job::getId).toList());

            List<String> acquired = acquirable().stream().map(AcquirableJobEntity::getId).filter(ours::contains)
                    .toList();

            List<String> dueOrder = new ArrayList<>(timers.stream().map(Job::getId).toList());
            Collections.reverse(dueOrder);
            assertThat(acquired).containsExactlyElementsOf(dueOrder);
            assertThat(acquirable()).isSortedAccordingTo(Comparator.comparing(AcquirableJobEntity::getDuedate));
        } finally {
            for (int i = 0; i < timers.size(); i++) {
                jdbc.update("UPDATE act_ru_job SET duedate_ = ? WHERE id_ = ?", dues.get(i), timers.get(i).getId());
            }
        }
    }

    private String open(String disputeId) {
        return new TestDisputes(records, runtime, tasks, management).open(disputeId, "store-aurora-gadgets",
                "DEFECTIVE", "20.00", OPENED);
    }

    private String instanceOf(String disputeId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId).singleResult().getId();
    }

    /** The job executor's own acquisition query, without locking what it finds. */
    private List<AcquirableJobEntity> acquirable() {
        ClockUtil.reset();
        return engine.getCommandExecutorTxRequired().execute(context ->
                context.getJobManager().findNextJobsToExecute(new Page(0, 10_000)));
    }

    private List<String> acquirableIds() {
        return acquirable().stream().map(AcquirableJobEntity::getId).toList();
    }
}
