package io.disputeflow.persistence;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Gives the engine {@link ProcessJobLogProducer} as its history producer, unless one is configured already. */
@Component
public class ProcessJobLogPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        apply(configuration);
    }

    /** Also used by the benchmark's bare engine, so that both run with the same engine-level tuning. */
    public static void apply(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryEventProducer() == null) {
            configuration.setHistoryEventProducer(new ProcessJobLogProducer());
        }
    }
}
