package io.disputeflow.persistence;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which variable changes get a detail row in history ({@code disputeflow.history.variable-details}): {@code people}
 * (default, {@link PeoplesVariableDetails}) or {@code all} (Camunda's own history writer).
 */
@Component
public class VariableDetailsPlugin extends AbstractProcessEnginePlugin {

    public static final String PEOPLE = "people";
    public static final String ALL = "all";

    private final String details;

    public VariableDetailsPlugin(@Value("${disputeflow.history.variable-details:" + PEOPLE + "}") String details) {
        if (!PEOPLE.equals(details) && !ALL.equals(details)) {
            throw new IllegalArgumentException("disputeflow.history.variable-details is '" + details + "': write "
                    + PEOPLE + " (the changes made on behalf of a person) or " + ALL);
        }
        this.details = details;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (PEOPLE.equals(details)) {
            apply(configuration);
        }
    }

    /** Writes history with {@link PeoplesVariableDetails} instead of Camunda's own writer. */
    public static void apply(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.getCustomHistoryEventHandlers().add(new PeoplesVariableDetails());
    }
}
