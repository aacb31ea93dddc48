package io.disputeflow.decision;

import org.camunda.bpm.dmn.engine.DmnEngine;
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

    /**
     * A DMN engine of its own with the same FEEL cache, for reading a deployed decision's answer without writing its
     * history or counting it in the metrics (the engine's own evaluation of the same decision does both).
     */
    public static DmnEngine dmnEngineWithoutListeners() {
        return new CachingDmnEngineConfiguration().buildEngine();
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
