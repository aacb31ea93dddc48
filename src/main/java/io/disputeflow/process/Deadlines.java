package io.disputeflow.process;

import io.disputeflow.process.ProcessModel.Variables;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Expression bean {@code deadlines} for timers anchored to a fact rather than to the moment a model element is
 * reached, e.g. {@code ${deadlines.after(filedAt, 'P15D')}}: the period stays a literal in the model.
 */
@Component("deadlines")
public class Deadlines {

    /**
     * Start listener: the filing moment, unless the starter passed it (e.g. a dispute imported later). The seller's
     * 5 days (R2) count from it until the buyer modifies the request.
     */
    public void recordFiling(DelegateExecution execution) {
        if (execution.getVariable(Variables.FILED_AT) == null) {
            execution.setVariable(Variables.FILED_AT, ClockUtil.getCurrentTime());
        }
        if (execution.getVariable(Variables.REQUESTED_AT) == null) {
            execution.setVariable(Variables.REQUESTED_AT, execution.getVariable(Variables.FILED_AT));
        }
    }

    /**
     * End listener of the events that receive the buyer's modification: the seller's 5 days restart from the moment
     * the buyer modified the request (R3), in the transaction that delivered it, not when a later step runs.
     */
    public void recordRequest(DelegateExecution execution) {
        execution.setVariable(Variables.REQUESTED_AT, ClockUtil.getCurrentTime());
    }

    public Date after(Date from, String isoPeriod) {
        if (from == null) {
            throw new IllegalArgumentException("A deadline needs a start date; got none for " + isoPeriod);
        }
        return Date.from(from.toInstant().atOffset(ZoneOffset.UTC).plus(Period.parse(isoPeriod)).toInstant());
    }
}
