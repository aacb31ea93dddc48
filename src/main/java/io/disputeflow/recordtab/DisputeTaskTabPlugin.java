package io.disputeflow.recordtab;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The same "Dispute" tab on Tasklist's task detail: registered with Tasklist under the same id, so that Tasklist
 * serves the same {@code plugin-webapp/dispute-tab/app/plugin.js}, whose Tasklist entry renders next to the form.
 */
public class DisputeTaskTabPlugin extends AbstractTasklistPlugin {

    @Override
    public String getId() {
        return DisputeTabPlugin.ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(DisputeTaskTabPluginRootResource.class);
    }
}
