package io.disputeflow.arbitration;

import io.disputeflow.calendar.WorkingDayCalendar;
import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Listener bean {@code arbitrationIntake} of PlatformArbitration (R10): {@code ${arbitrationIntake.schedule(execution,
 * 'P2D')}} fixes when the case must be taken up, counted in working days; {@code ${arbitrationIntake.takenUp(task)}}
 * makes the arbitrator who took the case the one who rules on it.
 */
@Component("arbitrationIntake")
public class ArbitrationIntake {

    private final WorkingDayCalendar workingDays;
    private final DisputeCase disputeCase;

    public ArbitrationIntake(WorkingDayCalendar workingDays, DisputeCase disputeCase) {
        this.workingDays = workingDays;
        this.disputeCase = disputeCase;
    }

    public void schedule(DelegateExecution execution, String workingDaysDuration) {
        execution.setVariable(Variables.INTAKE_DUE_AT, workingDays.after(workingDaysDuration));
    }

    public void takenUp(DelegateTask task) {
        task.getExecution().setVariable(Variables.ASSIGNED_ARBITRATOR, task.getAssignee());
        disputeCase.recordArbitratorTookUp(task.getExecution().getProcessBusinessKey(),
                task.getAssignee() == null ? "arbitrator" : task.getAssignee());
    }
}
