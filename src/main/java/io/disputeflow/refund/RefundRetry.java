package io.disputeflow.refund;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
        disputeCase.retryRefund(execution.getProcessBusinessKey(),
                TaskActors.signedIn(execution.getProcessEngineServices(), DisputeRecords.SYSTEM));
    }
}
