package io.disputeflow.negotiation;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The seller's agent reports the buyer for abuse (RULES.md "abuse flag", seed 003: "if he needs a 30% refund to
 * cancel, please remember to report him"): the report goes on the record and against the buyer, and the process's
 * {@value Variables#ABUSE_REPORTED} starts the arbitration supervisors' review.
 */
@Component
public class BuyerAbuseReports {

    private final DisputeCase disputeCase;

    public BuyerAbuseReports(DisputeCase disputeCase) {
        this.disputeCase = disputeCase;
    }

    /** The form's checkbox: reported only when ticked. */
    public static boolean requested(Object checkbox) {
        return Boolean.TRUE.equals(checkbox) || "true".equals(String.valueOf(checkbox));
    }

    public void report(DelegateExecution execution, String agent, Object reason) {
        disputeCase.recordAbuseReport(execution.getProcessBusinessKey(), agent, reason == null ? null : reason.toString());
        execution.setVariable(Variables.ABUSE_REPORTED, true);
    }
}
