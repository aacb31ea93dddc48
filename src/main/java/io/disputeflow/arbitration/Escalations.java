package io.disputeflow.arbitration;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.EscalationCause;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Execution-listener bean {@code escalation}: every path to arbitration records why, e.g.
 * {@code ${escalation.record(execution, 'NO_AGREEMENT_IN_15_DAYS')}} (the cause is one of {@link EscalationCause}).
 */
@Component("escalation")
public class Escalations {

    private final DisputeCase disputeCase;

    public Escalations(DisputeCase disputeCase) {
        this.disputeCase = disputeCase;
    }

    public void record(DelegateExecution execution, String cause) {
        disputeCase.recordEscalation(execution.getProcessBusinessKey(), EscalationCause.valueOf(cause));
    }
}
