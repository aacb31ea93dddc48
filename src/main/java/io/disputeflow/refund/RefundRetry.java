package io.disputeflow.refund;

import io.disputeflow.dispute.DeclinedRefundAction;
import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.process.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Bean {@code refundRetry}: a supervisor retries a declined refund, which gives the refund a new idempotency key, so
 * the provider treats it as a new payment request instead of repeating its refusal; the ledger still pays at most
 * what may be refunded. The key is renewed with the supervisor's decision ({@code ${refundRetry.decided(task)}} when
 * "Resolve declined refund" completes), while the payment itself runs in the asynchronous step after the task.
 */
@Component("refundRetry")
public class RefundRetry {

    private final DisputeCase disputeCase;

    public RefundRetry(DisputeCase disputeCase) {
        this.disputeCase = disputeCase;
    }

    /** Task listener on completion: renews the key when the supervisor chose to retry, by that supervisor. */
    public void decided(DelegateTask task) {
        if (DeclinedRefundAction.RETRY.name().equals(task.getVariable(Variables.DECLINED_REFUND_ACTION))) {
            disputeCase.retryRefund(task.getExecution().getProcessBusinessKey(),
                    TaskActors.signedIn(task.getProcessEngineServices(), DisputeRecords.SYSTEM));
        }
    }

    /**
     * Execution listener on the "retry" flow of process versions deployed before the key was renewed on completion
     * ({@code ${refundRetry.prepare(execution)}}): disputes still running on them call it.
     */
    public void prepare(DelegateExecution execution) {
        disputeCase.retryRefund(execution.getProcessBusinessKey(),
                TaskActors.signedIn(execution.getProcessEngineServices(), DisputeRecords.SYSTEM));
    }
}
