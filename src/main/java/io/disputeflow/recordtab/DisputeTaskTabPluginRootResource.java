package io.disputeflow.recordtab;

import jakarta.ws.rs.Path;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** Serves the tab's {@code app/plugin.js} under {@code /camunda/api/tasklist/plugin/dispute-tab/static/}. */
@Path("plugin/" + DisputeTabPlugin.ID)
public class DisputeTaskTabPluginRootResource extends AbstractTasklistPluginRootResource {

    public DisputeTaskTabPluginRootResource() {
        super(DisputeTabPlugin.ID);
    }
}
