package io.disputeflow.recordtab;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Serves the tab's {@code app/plugin.js} under {@code /camunda/api/cockpit/plugin/dispute-tab/static/}. */
@Path("plugin/" + DisputeTabPlugin.ID)
public class DisputeTabPluginRootResource extends AbstractCockpitPluginRootResource {

    public DisputeTabPluginRootResource() {
        super(DisputeTabPlugin.ID);
    }
}
