package io.disputeflow.persistence;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;
import org.springframework.stereotype.Component;

/**
 * Every command deletes event subscriptions with {@link MessageSubscriptionManager} and reads job definitions with
 * {@link JobDefinitionsByProcess}: the same rows, fewer statements. The benchmark's bare engine gets them too
 * (engine-level tuning, as the job log producer).
 */
@Component
public class LeanEngineManagersPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        EngineSessions.replace(configuration, EventSubscriptionManager.class, MessageSubscriptionManager::new);
        EngineSessions.replace(configuration, JobDefinitionManager.class, JobDefinitionsByProcess::new);
    }
}
