package io.disputeflow.security;

import io.disputeflow.persistence.EngineSessions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every command checks authorizations with {@link DirectGroupAuthorizationManager}
 * ({@code disputeflow.authorization.direct-groups: true}, the default) or with Camunda's own manager ({@code false}).
 */
@Component
public class DirectGroupAuthorizationPlugin extends AbstractProcessEnginePlugin {

    private final boolean direct;

    public DirectGroupAuthorizationPlugin(@Value("${disputeflow.authorization.direct-groups:true}") boolean direct) {
        this.direct = direct;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!direct) {
            return;
        }
        EngineSessions.replace(configuration, AuthorizationManager.class, DirectGroupAuthorizationManager::new);
    }
}
