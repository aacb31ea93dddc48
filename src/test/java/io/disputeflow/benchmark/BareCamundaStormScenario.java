package io.disputeflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.disputeflow.persistence.MessageSubscriptionsPlugin;
import io.disputeflow.persistence.ProcessJobLogPlugin;
import io.disputeflow.support.TestPostgres;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Baseline: the engine without our code. A process built with Camunda's model API, with the wait states of the
 * storm's path and no delegates, listeners or expressions: one asynchronous step (as classify and collect
 * evidence), a user task with a non-interrupting 4-day reminder (then an asynchronous step) and an interrupting 5-day
 * deadline followed, in the deadline's own job, by a step as settle and pay. Same N, same clock moves, the same job
 * executor and pool settings as the application ships, history level full; measured until every instance has ended.
 * {@link Shape#DISPUTE_SHAPED} adds what DisputeResolution's engine state holds around the same path (see there).
 */
final class BareCamundaStormScenario implements Scenario {

    /** Which bare model: the storm path's wait states only, or those in the shape of DisputeResolution. */
    enum Shape {
        /** The storm path's wait states and nothing else. */
        PLAIN("bare", "BareStorm"),
        /**
         * The same wait states inside a sub-process with an interrupting 15-day timer and an event sub-process whose
         * timer waits for a date variable; a message boundary event on the user task; two message event
         * sub-processes on the process; nine variables from the start: what DisputeResolution's instances hold on
         * the storm's path (negotiation scope, R8 watch, buyer's modification, cancellation and abuse report),
         * without any of our code.
         */
        DISPUTE_SHAPED("bare-shaped", "BareShapedStorm");

        final String id;
        final String process;

        Shape(String id, String process) {
            this.id = id;
            this.process = process;
        }
    }

    static final String TASK = "Task_Respond";
    static final String REMINDER = "Timer_Reminder";
    static final String AFTER_REMINDER = "Task_AfterReminder";
    static final String DEADLINE = "Timer_Deadline";

    private final Shape shape;
    private final int size;
    private final PreparedStorm prepared;
    private final TestPostgres postgres;
    private final CostMeter meter;
    private final ScenarioResult result;
    private final Progress progress;

    BareCamundaStormScenario(Shape shape, int size, PreparedStorm prepared, TestPostgres postgres, CostMeter meter,
                             ScenarioResult result, Progress progress) {
        this.shape = shape;
        this.size = size;
        this.prepared = prepared;
        this.postgres = postgres;
        this.meter = meter;
        this.result = result;
        this.progress = progress;
    }

    @Override
    public String id() {
        return shape.id;
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(Shape.PLAIN.process)
                .startEvent()
                .manualTask("Task_Intake").camundaAsyncBefore()
                .userTask(TASK)
                .boundaryEvent(REMINDER).cancelActivity(false).timerWithDuration("P4D")
                .manualTask(AFTER_REMINDER).camundaAsyncBefore()
                .endEvent("End_Reminded")
                .moveToActivity(TASK)
                .boundaryEvent(DEADLINE).timerWithDuration("P5D")
                .manualTask("Task_SettleAndPay")
                .endEvent("End_Deadline")
                .moveToActivity(TASK)
                .endEvent("End_Answered")
                .done();
    }

    static BpmnModelInstance model(Shape shape) {
        return shape == Shape.PLAIN ? model() : disputeShapedModel();
    }

    /** {@link Shape#DISPUTE_SHAPED}: the storm path's wait states where DisputeResolution has them. */
    static BpmnModelInstance disputeShapedModel() {
        ProcessBuilder process = Bpmn.createExecutableProcess(Shape.DISPUTE_SHAPED.process);
        process.eventSubProcess("SubProcess_BuyerAsksToCancel").startEvent().interrupting(false)
                .message("BareBuyerAsksToCancel").endEvent();
        process.eventSubProcess("SubProcess_AbuseReported").startEvent().interrupting(false)
                .message("BareAbuseReported").endEvent();
        SubProcessBuilder negotiation = process.startEvent().subProcess("SubProcess_Negotiation");
        negotiation.embeddedSubProcess().eventSubProcess("SubProcess_ProtectionWatch").startEvent()
                .interrupting(false).timerWithDate("${protectionEndsAt}").endEvent();
        negotiation.embeddedSubProcess().startEvent()
                .manualTask("Task_Intake").camundaAsyncBefore()
                .userTask(TASK)
                .boundaryEvent(REMINDER).cancelActivity(false).timerWithDuration("P4D")
                .manualTask(AFTER_REMINDER).camundaAsyncBefore()
                .endEvent("End_Reminded")
                .moveToActivity(TASK)
                .boundaryEvent("Event_BuyerModified").message("BareBuyerModified")
                .endEvent("End_Modified")
                .moveToActivity(TASK)
                .boundaryEvent(DEADLINE).timerWithDuration("P5D")
                .endEvent("End_Silent")
                .moveToActivity(TASK)
                .endEvent("End_Answered");
        return negotiation
                .boundaryEvent("Timer_NegotiationWindowEnds").timerWithDuration("P15D").endEvent("End_NoAgreement")
                .moveToActivity("SubProcess_Negotiation")
                .manualTask("Task_SettleAndPay")
                .endEvent("End_Deadline")
                .done();
    }

    /** What an instance starts with: none, or DisputeResolution's nine variables of the storm path. */
    static Map<String, Object> startVariables(Shape shape, int instance) {
        if (shape == Shape.PLAIN) {
            return Map.of();
        }
        Date now = ClockUtil.getCurrentTime();
        return Map.of("storeId", "store-bare", "storeName", "Bare Store", "reason", "DEFECTIVE",
                "protectionEndsAt", new Date(now.getTime() + 50L * 24 * 60 * 60 * 1000), "filedAt", now,
                "requestedAt", now, "category", "QUALITY", "returnFreightPayer", "SELLER",
                "escalateWhenProtectionEnds", instance % 2 == 0);
    }

    /** The template of the bare storms: N instances waiting in the user task, reminders handled. */
    static PreparedStorm prepare(Shape shape, int size, TestPostgres postgres, Progress progress) {
        return new PreparedStorm(shape.id.replace('-', '_'), postgres, progress, database -> {
            TimerStormPhases.freezeClockAtOpening();
            JobExecutorSettings settings = JobExecutorSettings.shipped();
            try (HikariDataSource enginePool = postgres.pool(database, settings.dbPoolSize());
                 HikariDataSource pool = CostMeter.harnessPool(postgres, database, 2)) {
                ProcessEngine engine = engine(enginePool, settings, database);
                try {
                    // the indexes the application adds to Camunda's tables: the baseline has them too
                    CamundaIndexScript.apply(enginePool);
                    engine.getRepositoryService().createDeployment()
                            .addModelInstance(shape.process + ".bpmn", model(shape)).deploy();
                    TimerStormPhases phases = new TimerStormPhases(new JdbcTemplate(pool),
                            engine.getManagementService(), size, message -> progress.say(shape.id + " template: "
                            + message));
                    startInstances(engine.getRuntimeService(), shape, size);
                    phases.awaitSetup("instances waiting in the user task",
                            "SELECT count(*) FROM act_ru_task WHERE task_def_key_ = '" + TASK + "'");
                    double reminders = phases.reminders(REMINDER, List.of(succeeded(REMINDER),
                            succeeded(AFTER_REMINDER)));
                    progress.say(String.format("%s template: %d reminders handled in %.1f s", shape.id, size,
                            reminders));
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
        result.note("bare Camunda — " + settings.describe() + "; history level full, no code of ours but the job "
                + "log producer and the message subscriptions' manager (ProcessJobLogProducer, "
                + "MessageSubscriptionManager: engine tuning); the indexes of "
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
                CostMeter.Reading before = meter.begin(database);
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
        configuration.getProcessEnginePlugins().add(new MessageSubscriptionsPlugin());
        configuration.setProcessEngineName("bare-" + name);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
        configuration.setAuthorizationEnabled(true);
        configuration.setHostname("bare");
        return configuration.buildProcessEngine();
    }

    private static void startInstances(RuntimeService runtime, Shape shape, int size) {
        ExecutorService threads = Executors.newFixedThreadPool(TimerStormScenario.SETUP_THREADS);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < TimerStormScenario.SETUP_THREADS; t++) {
                int thread = t;
                parts.add(threads.submit(() -> {
                    for (int i = thread; i < size; i += TimerStormScenario.SETUP_THREADS) {
                        runtime.startProcessInstanceByKey(shape.process, "B-" + i, startVariables(shape, i));
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
