package io.disputeflow.persistence;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionManager;
import org.springframework.stereotype.Component;

/**
 * Every command deletes event subscriptions with {@link MessageSubscriptionManager}; the benchmark's bare engine gets
 * it too (engine-level tuning, as the job log producer).
 */
@Component
public class MessageSubscriptionsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        EngineSessions.replace(configuration, EventSubscriptionManager.class, MessageSubscriptionManager::new);
    }
}
