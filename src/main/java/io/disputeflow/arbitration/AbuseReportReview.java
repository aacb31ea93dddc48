package io.disputeflow.arbitration;

import io.disputeflow.problem.FieldRefusal;
import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.process.TaskActors;
import io.disputeflow.process.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of "Review abuse report": the arbitration supervisor's finding (confirmed or unfounded, with a
 * note) goes on the dispute record and its timeline; the process keeps nothing of it.
 */
@Component("abuseReportReview")
public class AbuseReportReview implements TaskListener {

    private final DisputeCase disputeCase;

    public AbuseReportReview(DisputeCase disputeCase) {
        this.disputeCase = disputeCase;
    }

    @Override
    public void notify(DelegateTask task) {
        Object note = task.getVariable(Variables.ABUSE_REVIEW_NOTE);
        if (note == null || note.toString().isBlank()) {
            throw TaskInputRejected.because(task, new FieldRefusal(Variables.ABUSE_REVIEW_NOTE, "required",
                    " is required: say what the evidence shows about the buyer's conduct"));
        }
        boolean confirmed = Boolean.TRUE.equals(task.getVariable(Variables.ABUSE_CONFIRMED));
        disputeCase.recordAbuseReview(task.getExecution().getProcessBusinessKey(),
                TaskActors.of(task, "supervisor"), confirmed, note.toString());
        task.getExecution().removeVariable(Variables.ABUSE_CONFIRMED);
        task.getExecution().removeVariable(Variables.ABUSE_REVIEW_NOTE);
    }
}
