package io.disputeflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A step that creates several timers reads its process's job definitions in one statement after the first, instead of
 * one statement per job; the timers get the same definitions and a suspended definition's timer is still created
 * suspended. On standalone engines of their own, whose statements on {@code ACT_RU_JOBDEF} are counted.
 */
class JobDefinitionsByProcessPostgresTest {

    /** An asynchronous step into a task with three deadlines: the step's job, then three timers in one command. */
    private static final BpmnModelInstance THREE_DEADLINES = Bpmn.createExecutableProcess("Deadlines")
            .camundaHistoryTimeToLive(30)
            .startEvent()
            .userTask("Task_Wait").camundaAsyncBefore()
            .boundaryEvent("Timer_Remind").cancelActivity(false).timerWithDuration("P4D").endEvent()
            .moveToActivity("Task_Wait").boundaryEvent("Timer_Due").timerWithDuration("P5D").endEvent()
            .moveToActivity("Task_Wait").boundaryEvent("Timer_Close").timerWithDuration("P15D").endEvent()
            .moveToActivity("Task_Wait").endEvent()
            .done();

    private final AtomicInteger definitionStatements = new AtomicInteger();
    private ProcessEngine engine;
    private HikariDataSource pool;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void threeTimersOfOneStepReadTheirDefinitionsInOneStatementAfterTheStepsOwn() {
        engine = engine("jobdefs_ours", true);
        String instance = started();

        int before = definitionStatements.get();
        runTheStep(instance);

        assertThat(definitionStatements.get() - before).as("the step's definition, then all of its process's")
                .isEqualTo(2);
        assertThat(timersByActivity(instance)).containsOnlyKeys("Timer_Remind", "Timer_Due", "Timer_Close")
                .allSatisfy((activity, job) -> assertThat(job.isSuspended()).isFalse());
    }

    @Test
    void camundasManagerReadsOneDefinitionPerJob_theStatementsAvoided() {
        engine = engine("jobdefs_camunda", false);
        String instance = started();

        int before = definitionStatements.get();
        runTheStep(instance);

        assertThat(definitionStatements.get() - before).as("the step's definition and each timer's").isEqualTo(4);
        assertThat(timersByActivity(instance)).hasSize(3);
    }

    @Test
    void aTimerOfASuspendedDefinitionIsCreatedSuspended_theOthersActive() {
        engine = engine("jobdefs_suspended", true);
        deploy();
        JobDefinition due = engine.getManagementService().createJobDefinitionQuery().activityIdIn("Timer_Due")
                .singleResult();
        engine.getManagementService().suspendJobDefinitionById(due.getId());
        String instance = engine.getRuntimeService().startProcessInstanceByKey("Deadlines").getId();

        runTheStep(instance);

        Map<String, Job> timers = timersByActivity(instance);
        assertThat(timers.get("Timer_Due").isSuspended()).isTrue();
        assertThat(timers.get("Timer_Due").getJobDefinitionId()).isEqualTo(due.getId());
        assertThat(timers.get("Timer_Remind").isSuspended()).isFalse();
        assertThat(timers.get("Timer_Close").isSuspended()).isFalse();
    }

    private String started() {
        deploy();
        return engine.getRuntimeService().startProcessInstanceByKey("Deadlines").getId();
    }

    private void deploy() {
        engine.getRepositoryService().createDeployment().addModelInstance("Deadlines.bpmn", THREE_DEADLINES).deploy();
    }

    private void runTheStep(String instance) {
        Job step = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
        engine.getManagementService().executeJob(step.getId());
    }

    /** The instance's timers by the activity of their job definition. */
    private Map<String, Job> timersByActivity(String instance) {
        Map<String, String> activities = engine.getManagementService().createJobDefinitionQuery().list().stream()
                .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
        return engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list().stream()
                .collect(Collectors.toMap(job -> activities.get(job.getJobDefinitionId()), job -> job));
    }

    private ProcessEngine engine(String database, boolean ours) {
        pool = StandaloneEngines.pool(database);
        ProcessEngineConfigurationImpl configuration = StandaloneEngines.configuration(database, pool);
        configuration.setDataSource(countingDefinitionStatements(pool));
        if (ours) {
            configuration.getProcessEnginePlugins().add(new LeanEngineManagersPlugin());
        }
        return configuration.buildProcessEngine();
    }

    /** {@code pool}, counting every statement prepared on {@code ACT_RU_JOBDEF}. */
    private DataSource countingDefinitionStatements(DataSource pool) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Object result = invoke(method, pool, arguments);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("prepareStatement") && arguments[0] instanceof String sql
                            && sql.toUpperCase().contains("ACT_RU_JOBDEF")) {
                        definitionStatements.incrementAndGet();
                    }
                    return invoke(method, connection, arguments);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
