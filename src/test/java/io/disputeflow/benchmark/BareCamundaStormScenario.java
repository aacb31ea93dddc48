package io.disputeflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.persistence.ProcessJobLogPlugin;
import io.disputeflow.support.TestPostgres;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Baseline: the engine without our code. A process built with Camunda's model API, with the wait states of the
 * storm's path and no delegates, listeners or expressions: one asynchronous step (as classify and collect
 * evidence), a user task with a non-interrupting 4-day reminder (then an asynchronous step) and an interrupting 5-day
 * deadline (then one asynchronous step, as settle and pay). Same N, same clock moves, the same job executor and
 * pool settings as the application ships, history level full; measured until every instance has ended.
 */
final class BareCamundaStormScenario implements Scenario {

    static final String PROCESS = "BareStorm";
    static final String TASK = "Task_Respond";
    static final String REMINDER = "Timer_Reminder";
    static final String AFTER_REMINDER = "Task_AfterReminder";
    static final String DEADLINE = "Timer_Deadline";

    private final int size;
    private final PreparedStorm prepared;
    private final TestPostgres postgres;
    private final CostMeter meter;
    private final ScenarioResult result;
    private final Progress progress;

    BareCamundaStormScenario(int size, PreparedStorm prepared, TestPostgres postgres, CostMeter meter,
                             ScenarioResult result, Progress progress) {
        this.size = size;
        this.prepared = prepared;
        this.postgres = postgres;
        this.meter = meter;
        this.result = result;
        this.progress = progress;
    }

    @Override
    public String id() {
        return "bare";
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(PROCESS)
                .startEvent()
                .manualTask("Task_Intake").camundaAsyncBefore()
                .userTask(TASK)
                .boundaryEvent(REMINDER).cancelActivity(false).timerWithDuration("P4D")
                .manualTask(AFTER_REMINDER).camundaAsyncBefore()
                .endEvent("End_Reminded")
                .moveToActivity(TASK)
                .boundaryEvent(DEADLINE).timerWithDuration("P5D")
                .manualTask("Task_SettleAndPay").camundaAsyncBefore()
                .endEvent("End_Deadline")
                .moveToActivity(TASK)
                .endEvent("End_Answered")
                .done();
    }

    /** The template of the bare storms: N instances waiting in the user task, reminders handled. */
    static PreparedStorm prepare(int size, TestPostgres postgres, Progress progress) {
        return new PreparedStorm("bare", postgres, progress, database -> {
            TimerStormPhases.freezeClockAtOpening();
            JobExecutorSettings settings = JobExecutorSettings.shipped();
            try (HikariDataSource enginePool = postgres.pool(database, settings.dbPoolSize());
                 HikariDataSource pool = CostMeter.harnessPool(postgres, database, 2)) {
                ProcessEngine engine = engine(enginePool, settings, database);
                try {
                    // the indexes the application adds to Camunda's tables: the baseline has them too
                    CamundaIndexScript.apply(enginePool);
                    engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", model())
                            .deploy();
                    TimerStormPhases phases = new TimerStormPhases(new JdbcTemplate(pool),
                            engine.getManagementService(), size, message -> progress.say("bare template: "
                            + message));
                    startInstances(engine.getRuntimeService(), size);
                    phases.awaitSetup("instances waiting in the user task",
                            "SELECT count(*) FROM act_ru_task WHERE task_def_key_ = '" + TASK + "'");
                    double reminders = phases.reminders(REMINDER, List.of(succeeded(REMINDER),
                            succeeded(AFTER_REMINDER)));
                    progress.say(String.format("bare template: %d reminders handled in %.1f s", size, reminders));
                    CostMeter.refreshPlannerStatistics(new JdbcTemplate(pool));
                    return ClockUtil.now().toInstant();
                } finally {
                    // before its pool closes: the engine writes its last metrics on the way out
                    engine.close();
                }
            } finally {
                ClockUtil.reset();
            }
        });
    }

    @Override
    public void runOnce(int run, int runs) {
        JobExecutorSettings settings = JobExecutorSettings.shipped();
        result.note("bare Camunda — " + settings.describe() + "; history level full, no plugins; the indexes of "
                + CamundaIndexScript.SCRIPT + " added to Camunda's tables (the storms of the application say whether "
                + "their database has them)");
        String database = prepared.newDatabase();
        ClockUtil.setCurrentTime(Date.from(prepared.clock()));
        try (HikariDataSource enginePool = postgres.pool(database, settings.dbPoolSize());
             HikariDataSource pool = CostMeter.harnessPool(postgres, database, 2)) {
            progress.say(id(), run, runs, "starting a bare engine on a copy of the prepared storm, " + database);
            ProcessEngine engine = engine(enginePool, settings, database);
            try {
                TimerStormPhases phases = new TimerStormPhases(new JdbcTemplate(pool), engine.getManagementService(),
                        size, message -> progress.say(id(), run, runs, message));
                result.note("bare Camunda — " + CamundaIndexScript.presentIn(new JdbcTemplate(pool)));
                CostMeter.Reading before = meter.read(database);
                double deadlines = phases.deadlines(DEADLINE,
                        "SELECT count(*) FROM act_hi_procinst WHERE end_time_ IS NOT NULL", "ended");
                CostMeter.Reading after = meter.read(database);
                CostMeter.Cost cost = meter.between(before, after, size);
                meter.writeProfile(id() + "-" + run, before, after, size);
                progress.say(id(), run, runs, cost.describe("instance"));
                progress.say(id(), run, runs, String.format("%d instances ended %.1f s after their deadlines fell "
                        + "due (%.1f/s)", size, deadlines, size / deadlines));
                int fired = phases.count(succeeded(DEADLINE));
                if (fired != size) {
                    throw new IllegalStateException("Bare storm: " + fired + " deadlines fired, expected " + size);
                }
                result.record("bare Camunda: deadlines due → all ended", "s", 1, deadlines);
                result.record("bare Camunda: instances ended per second", "1/s", 1, size / deadlines);
                cost.record(result, "bare Camunda: ", "instance");
            } finally {
                engine.close();
            }
        } finally {
            ClockUtil.reset();
            postgres.dropDatabase(database);
        }
    }

    private static ProcessEngine engine(HikariDataSource dataSource, JobExecutorSettings settings, String name) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setCorePoolSize(settings.corePoolSize());
        jobExecutor.setMaxPoolSize(settings.maxPoolSize());
        jobExecutor.setQueueSize(settings.queueCapacity());
        jobExecutor.setMaxJobsPerAcquisition(settings.maxJobsPerAcquisition());
        jobExecutor.setWaitTimeInMillis(settings.waitTimeInMillis());
        jobExecutor.setMaxWait(settings.maxWait());
        jobExecutor.setLockTimeInMillis(settings.lockTimeInMillis());
        jobExecutor.setBackoffTimeInMillis(settings.backoffTimeInMillis());
        jobExecutor.setMaxBackoff(settings.maxBackoff());
        // as the Spring Boot starter configures it
        jobExecutor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorActivate(true);
        settings.applyOrderTo(configuration);
        ProcessJobLogPlugin.apply(configuration);
        configuration.setProcessEngineName("bare-" + name);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
        configuration.setAuthorizationEnabled(true);
        configuration.setHostname("bare");
        return configuration.buildProcessEngine();
    }

    private static void startInstances(RuntimeService runtime, int size) {
        ExecutorService threads = Executors.newFixedThreadPool(TimerStormScenario.SETUP_THREADS);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < TimerStormScenario.SETUP_THREADS; t++) {
                int thread = t;
                parts.add(threads.submit(() -> {
                    for (int i = thread; i < size; i += TimerStormScenario.SETUP_THREADS) {
                        runtime.startProcessInstanceByKey(PROCESS, "B-" + i);
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Setup of the bare storm failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static String succeeded(String activityId) {
        return "SELECT count(*) FROM act_hi_job_log WHERE act_id_ = '" + activityId + "' AND job_state_ = 2";
    }
}
