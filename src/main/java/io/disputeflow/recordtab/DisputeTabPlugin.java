package io.disputeflow.recordtab;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Registers the "Dispute" tab with Cockpit (listed in {@code META-INF/services}); Cockpit then serves
 * {@code plugin-webapp/dispute-tab/app/plugin.js}. The tab reads its data from
 * {@code GET /api/process-instances/{id}/dispute-record}, which checks the reader's stores like the rest of the API.
 */
public class DisputeTabPlugin extends AbstractCockpitPlugin {

    public static final String ID = "dispute-tab";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(DisputeTabPluginRootResource.class);
    }
}
