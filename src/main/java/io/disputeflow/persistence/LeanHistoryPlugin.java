package io.disputeflow.persistence;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes history with {@link LeanHistoryWriter} ({@code disputeflow.history.lean: true}, the default) or with
 * Camunda's own writer ({@code false}).
 */
@Component
public class LeanHistoryPlugin extends AbstractProcessEnginePlugin {

    private final boolean lean;

    public LeanHistoryPlugin(@Value("${disputeflow.history.lean:true}") boolean lean) {
        this.lean = lean;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!lean) {
            return;
        }
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.getCustomHistoryEventHandlers().add(new LeanHistoryWriter());
    }
}
