package io.disputeflow.persistence;

import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Camunda's history writer (history level {@code full}) without two kinds of rows that neither DisputeFlow nor the
 * Community webapps read, selected by {@code disputeflow.history.lean: true} (the default; {@code false} writes
 * everything, as Camunda does):
 * <ul>
 * <li>Variable-update details ({@code ACT_HI_DETAIL}, the value of every change, 12 indexes) are kept for the
 * changes made on behalf of a person only: a request of an authenticated user (the storefront opening a dispute, a
 * seller agent's answer in Tasklist, a supervisor's edit in Cockpit), which Camunda also writes to its user
 * operation log. The values the process's own asynchronous steps set (the classification, a settlement's refund key)
 * keep their variable history ({@code ACT_HI_VARINST}: name, type, last value) and the dispute's timeline says what
 * happened.</li>
 * <li>Exclusive and inclusive gateways get no activity instance rows ({@code ACT_HI_ACTINST}, 12 indexes): they
 * route a token in the moment it arrives, do no work and never wait; the tasks, events, sub-processes and calls
 * before and after them show the path. A storm item passes four of them between the deadline and the refund.
 * Event-based gateways (they wait) and parallel gateways (a join waits) keep theirs.</li>
 * </ul>
 */
public class LeanHistoryWriter extends DbHistoryEventHandler {

    /** Activity types (as Camunda's history names them) of the gateways that only route. */
    static final Set<String> ROUTING_GATEWAYS = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_INCLUSIVE);

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricActivityInstanceEventEntity activity
                && ROUTING_GATEWAYS.contains(activity.getActivityType())) {
            return;
        }
        super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        // Camunda gives a change an operation id when it writes the user operation log: on behalf of a person
        return super.shouldWriteHistoricDetail(event) && event.getUserOperationId() != null;
    }
}
