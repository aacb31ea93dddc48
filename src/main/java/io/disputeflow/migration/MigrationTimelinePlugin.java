package io.disputeflow.migration;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Notices every process instance that Camunda migrates, however the migration was started (our batch, a synchronous
 * migration, the engine's REST API): Camunda reports the move as a {@code PROCESS_INSTANCE_MIGRATE} history event when
 * it begins moving the instance. The instance's old due dates are read then; the rest ({@link MigrationTimeline})
 * runs when the move's transaction commits, with the new state flushed, in the same transaction.
 */
@Component
public class MigrationTimelinePlugin extends AbstractProcessEnginePlugin {

    /** Lazily: the timeline needs the engine's services, and the engine needs this plugin to be built. */
    private final ObjectProvider<MigrationTimeline> timeline;

    public MigrationTimelinePlugin(ObjectProvider<MigrationTimeline> timeline) {
        this.timeline = timeline;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        // not this bean itself: Camunda's Spring Boot starter registers HistoryEventHandler beans on its own
        configuration.getCustomHistoryEventHandlers().add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                moved(event);
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        });
    }

    private void moved(HistoryEvent event) {
        if (!(event instanceof HistoricProcessInstanceEventEntity instance)
                || !HistoryEventTypes.PROCESS_INSTANCE_MIGRATE.getEventName().equals(event.getEventType())) {
            return;
        }
        MigrationTimeline moves = timeline.getObject();
        String processInstanceId = instance.getProcessInstanceId();
        String disputeId = instance.getBusinessKey();
        String target = instance.getProcessDefinitionId();
        InstanceDueDates.Snapshot before = moves.before(processInstanceId);
        // COMMITTING is Spring's beforeCommit: the migration's changes are flushed, the transaction still open
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTING,
                context -> moves.moved(processInstanceId, disputeId, target, before));
    }
}
