package io.disputeflow.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine queries DisputeFlow makes on its own behalf, whoever's request runs them: an arbitration supervisor who
 * claims a task may not read every arbitrator's account or tasks, yet the form must show each arbitrator's name and
 * workload; a case file names the agent who answered for whoever reads it. Inside a running command (a listener) the
 * command's own context is reused; only reads belong here, never writes.
 */
@Component
public class EngineReads {

    private final ProcessEngineConfigurationImpl configuration;

    public EngineReads(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** Runs {@code read} without the current user's authorization and tenant checks. */
    public <T> T unrestricted(Supplier<T> read) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            boolean tenantCheck = context.isTenantCheckEnabled();
            context.disableTenantCheck();
            try {
                return context.runWithoutAuthorization(read::get);
            } finally {
                context.setTenantCheckEnabled(tenantCheck);
            }
        });
    }
}
