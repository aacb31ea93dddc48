package io.disputeflow.arbitration;

import io.disputeflow.problem.FieldRefusal;
import io.disputeflow.identity.PeopleNames;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.process.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Assign overdue arbitration case": the case can only go to a platform arbitrator, whatever
 * the form offered or a REST client sent; anyone else is refused and the task stays open.
 */
@Component("arbitratorAssignment")
public class ArbitratorAssignment implements TaskListener {

    private final PeopleNames people;

    public ArbitratorAssignment(PeopleNames people) {
        this.people = people;
    }

    @Override
    public void notify(DelegateTask task) {
        Object chosen = task.getVariable(Variables.ASSIGNED_ARBITRATOR);
        String userId = chosen == null ? "" : chosen.toString().trim();
        if (userId.isEmpty()) {
            throw TaskInputRejected.because(task, new FieldRefusal(Variables.ASSIGNED_ARBITRATOR, "required",
                    " is required: choose the arbitrator who rules on this case"));
        }
        if (!people.isMember(userId, PlatformGroup.ARBITRATORS)) {
            throw TaskInputRejected.because(task, new FieldRefusal(Variables.ASSIGNED_ARBITRATOR, "arbitrator",
                    ": '" + userId + "' is not a platform arbitrator: choose one from the list"));
        }
        task.getExecution().setVariable(Variables.ASSIGNED_ARBITRATOR, userId);
    }
}
