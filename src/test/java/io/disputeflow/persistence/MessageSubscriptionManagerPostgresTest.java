package io.disputeflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.ProcessEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ending a scope deletes its message subscriptions without looking for waiting deliveries (there are none for
 * messages); a signal's delivery waiting as a job (thrown asynchronously) is still deleted with its subscription. On a
 * standalone engine of its own, whose lookups of deliveries ("event" jobs by subscription) are counted.
 */
class MessageSubscriptionManagerPostgresTest {

    /** Every subscription whose waiting deliveries the engine looked for, on any engine of this test. */
    static final Queue<String> DELIVERY_LOOKUPS = new ConcurrentLinkedQueue<>();

    private static final BpmnModelInstance WAITING_FOR_A_MESSAGE_OR_SIGNAL = Bpmn.createExecutableProcess("Waiting")
            .camundaHistoryTimeToLive(30)
            .startEvent()
            .userTask("Task_Wait")
            .boundaryEvent("Message_Changed").message("Changed").endEvent()
            .moveToActivity("Task_Wait").boundaryEvent("Signal_Stop").signal("Stop").endEvent()
            .moveToActivity("Task_Wait").endEvent()
            .done();

    private static final BpmnModelInstance WAITING_FOR_A_SIGNAL = Bpmn.createExecutableProcess("WaitingForSignal")
            .camundaHistoryTimeToLive(30)
            .startEvent()
            .intermediateCatchEvent("Signal_Stop").signal("Stop")
            .endEvent()
            .done();

    private static final BpmnModelInstance STOPPING_ASYNCHRONOUSLY = stoppingAsynchronously();

    private ProcessEngine engine;
    private HikariDataSource pool;

    /** Throws the signal "Stop" with {@code camunda:async}: each subscription's delivery waits as a job. */
    private static BpmnModelInstance stoppingAsynchronously() {
        return asynchronousSignals(Bpmn.createExecutableProcess("Stopping")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .intermediateThrowEvent("Signal_ThrowStop").signal("Stop")
                .endEvent()
                .done());
    }

    private static BpmnModelInstance asynchronousSignals(BpmnModelInstance model) {
        model.getModelElementsByType(SignalEventDefinition.class).forEach(signal -> signal.setCamundaAsync(true));
        return model;
    }

    @AfterEach
    void close() {
        DELIVERY_LOOKUPS.clear();
        if (engine != null) {
            engine.close();
        }
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void aMessageSubscriptionIsDeletedWithoutLookingForDeliveries_aSignalsStillIs() {
        engine = engine("subscriptions_ours", true);
        String instance = waitingInstance();

        completeTheTask(instance);

        assertThat(DELIVERY_LOOKUPS).as("the signal's subscription only").hasSize(1);
        assertThat(engine.getRuntimeService().createEventSubscriptionQuery().count()).isZero();
    }

    @Test
    void camundasManagerLooksForDeliveriesOfEverySubscription_theQueryAvoided() {
        engine = engine("subscriptions_camunda", false);
        String instance = waitingInstance();

        completeTheTask(instance);

        assertThat(DELIVERY_LOOKUPS).as("the message's and the signal's subscription").hasSize(2);
    }

    @Test
    void aSignalsDeliveryWaitingAsAJobIsDeletedWithItsSubscription() {
        engine = engine("subscriptions_signal", true);
        engine.getRepositoryService().createDeployment()
                .addModelInstance("WaitingForSignal.bpmn", WAITING_FOR_A_SIGNAL)
                .addModelInstance("Stopping.bpmn", STOPPING_ASYNCHRONOUSLY)
                .deploy();
        String instance = engine.getRuntimeService().startProcessInstanceByKey("WaitingForSignal").getId();
        engine.getRuntimeService().startProcessInstanceByKey("Stopping");
        assertThat(engine.getManagementService().createJobQuery().count()).as("the signal's delivery, waiting")
                .isEqualTo(1);

        engine.getRuntimeService().deleteProcessInstance(instance, "no longer needed");

        assertThat(engine.getManagementService().createJobQuery().count()).as("deleted with the subscription")
                .isZero();
    }

    private String waitingInstance() {
        engine.getRepositoryService().createDeployment()
                .addModelInstance("Waiting.bpmn", WAITING_FOR_A_MESSAGE_OR_SIGNAL)
                .addModelInstance("Stopping.bpmn", STOPPING_ASYNCHRONOUSLY)
                .deploy();
        return engine.getRuntimeService().startProcessInstanceByKey("Waiting").getId();
    }

    private void completeTheTask(String instance) {
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .singleResult().getId());
    }

    private ProcessEngine engine(String database, boolean ours) {
        pool = StandaloneEngines.pool(database);
        ProcessEngineConfigurationImpl configuration = StandaloneEngines.configuration(database, pool);
        StandaloneEngines.afterInit(configuration, initialized -> {
            EngineSessions.replace(initialized, JobManager.class, CountingJobManager::new);
            if (ours) {
                new MessageSubscriptionsPlugin().postInit(initialized);
            }
        });
        return configuration.buildProcessEngine();
    }

    /** Camunda's job manager, counting the lookups of waiting event deliveries. */
    static class CountingJobManager extends JobManager {
        @Override
        public List<JobEntity> findJobsByConfiguration(String jobHandlerType, String jobHandlerConfiguration,
                                                       String tenantId) {
            if (ProcessEventJobHandler.TYPE.equals(jobHandlerType)) {
                DELIVERY_LOOKUPS.add(jobHandlerConfiguration);
            }
            return super.findJobsByConfiguration(jobHandlerType, jobHandlerConfiguration, tenantId);
        }
    }
}
