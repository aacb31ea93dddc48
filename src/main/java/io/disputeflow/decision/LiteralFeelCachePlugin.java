package io.disputeflow.decision;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's DMN engine the FEEL engine it would build anyway (Camunda's defaults and settings kept), behind
 * a {@link LiteralFeelCache}. Decisions are still evaluated by Camunda, with their history and metrics.
 */
@Component
public class LiteralFeelCachePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getDmnEngineConfiguration() == null) {
            configuration.setDmnEngineConfiguration(new CachingDmnEngineConfiguration());
        }
    }

    static final class CachingDmnEngineConfiguration extends DefaultDmnEngineConfiguration {

        @Override
        protected void initFeelEngine() {
            super.initFeelEngine();
            if (!(feelEngine instanceof LiteralFeelCache)) {
                feelEngine = new LiteralFeelCache(feelEngine);
            }
        }
    }
}
