package io.disputeflow.persistence;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Camunda's history writer, keeping the variable-update details ({@code ACT_HI_DETAIL}, the value of every change) of
 * the changes made on behalf of a person only: a request of an authenticated user (a seller agent's answer in
 * Tasklist, a supervisor's edit in Cockpit, the storefront opening a dispute), which Camunda also writes to its user
 * operation log. The changes the process makes in its own asynchronous steps (the classification, a settlement's
 * refund key) keep their variable history ({@code ACT_HI_VARINST}: name, last value, and the process's history of
 * activities), and the dispute's timeline says what happened; the detail row per change, with its 12 indexes, was
 * the costliest insert of an opened dispute. Selected by {@code disputeflow.history.variable-details: people}
 * (the default; {@code all} writes every detail, as Camunda does).
 */
public class PeoplesVariableDetails extends DbHistoryEventHandler {

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        // Camunda gives a change an operation id when it writes the user operation log: on behalf of a person
        return super.shouldWriteHistoricDetail(event) && event.getUserOperationId() != null;
    }
}
