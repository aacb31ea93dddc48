package io.disputeflow.negotiation;

import io.disputeflow.problem.FieldRefusal;
import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.process.ProcessModel.Variables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The seller extends the buyer's protection (seller service duties, R8): the record gets the new end and a timeline
 * entry, the process its {@code protectionEndsAt}, and the waiting R8 timer ({@value Timers#PROTECTION_PERIOD_ENDED})
 * its new due date (a timer's due date is fixed when its job is created, so it is moved here).
 */
@Component
public class ProtectionExtension {

    private final DisputeCase disputeCase;

    public ProtectionExtension(DisputeCase disputeCase) {
        this.disputeCase = disputeCase;
    }

    /**
     * The form's optional number of days: null when empty or 0, otherwise a whole number from 1 to
     * {@value DisputeCase#MAX_PROTECTION_EXTENSION_DAYS}.
     */
    public static Integer days(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        BigDecimal days;
        try {
            days = new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            days = null;
        }
        if (days != null && days.signum() == 0) {
            return null;
        }
        if (days == null || days.stripTrailingZeros().scale() > 0 || days.signum() < 0
                || days.compareTo(BigDecimal.valueOf(DisputeCase.MAX_PROTECTION_EXTENSION_DAYS)) > 0) {
            throw new FieldRefusal(Variables.PROTECTION_EXTENSION_DAYS, "range", " must be a whole number of days"
                    + " from 1 to " + DisputeCase.MAX_PROTECTION_EXTENSION_DAYS + " (leave it empty to keep the end of"
                    + " protection), not " + value);
        }
        return days.intValueExact();
    }

    /** Extends the dispute's (the business key's) protection by {@code days}; returns the new end. */
    public Instant extend(DelegateExecution execution, String agent, int days) {
        Instant newEnd = disputeCase.extendProtection(execution.getProcessBusinessKey(), agent, days);
        Date due = Date.from(newEnd);
        execution.setVariable(Variables.PROTECTION_ENDS_AT, due);
        ManagementService jobs = execution.getProcessEngineServices().getManagementService();
        for (Job timer : jobs.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                .activityId(Timers.PROTECTION_PERIOD_ENDED).timers().list()) {
            jobs.setJobDuedate(timer.getId(), due);
        }
        return newEnd;
    }
}
