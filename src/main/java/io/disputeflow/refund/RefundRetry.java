package io.disputeflow.refund;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Execution-listener bean {@code refundRetry} on the "retry" flow after a declined refund:
 * {@code ${refundRetry.prepare(execution)}} gives the refund a new idempotency key, so the provider treats it as a
 * new payment request instead of repeating its refusal; the ledger still pays at most what may be refunded.
 */
@Component("refundRetry")
public class RefundRetry {

    private final DisputeCase disputeCase;

    public RefundRetry(DisputeCase disputeCase) {
        this.disputeCase = disputeCase;
    }

    public void prepare(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String supervisor = current == null || current.getUserId() == null ? DisputeRecords.SYSTEM : current.getUserId();
        disputeCase.retryRefund(execution.getProcessBusinessKey(), supervisor);
    }
}
