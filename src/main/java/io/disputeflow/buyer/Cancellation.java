package io.disputeflow.buyer;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.DisputeProcesses;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * R9: the buyer may cancel until an agreement is settled or the platform has ruled; once one is being executed (a
 * return, a refund payment that may already be under way at the provider) a cancellation is refused. Used by the API
 * before it delivers the cancellation and, as bean {@code cancellation}, by the gateway "Agreement or ruling being
 * executed?" ({@code ${cancellation.allowed(execution)}}), which reads the dispute record and the settlement step's job.
 */
@Component("cancellation")
public class Cancellation {

    private final DisputeRecords records;

    public Cancellation(DisputeRecords records) {
        this.records = records;
    }

    public boolean allowed(DelegateExecution execution) {
        return refusal(records.get(execution.getProcessBusinessKey()), DisputeProcesses.settling(
                execution.getProcessEngineServices().getManagementService(), execution.getProcessInstanceId()))
                .isEmpty();
    }

    public static boolean allowed(DisputeRecord dispute) {
        return refusal(dispute).isEmpty();
    }

    /**
     * Why the dispute can no longer be cancelled, or empty when it can; {@code settling}: its settlement step is due,
     * running or waiting for a retry ({@code DisputeProcesses.settling}). That step pays the refund too, and a failed
     * try undoes the settlement on the record while the provider may already have paid.
     */
    public static Optional<String> refusal(DisputeRecord dispute, boolean settling) {
        Optional<String> refusal = refusal(dispute);
        if (refusal.isEmpty() && settling) {
            return Optional.of("The agreement is being executed: its refund may already be under way at the payment "
                    + "provider");
        }
        return refusal;
    }

    /** Why the dispute can no longer be cancelled by its record alone, or empty when it can. */
    public static Optional<String> refusal(DisputeRecord dispute) {
        if (dispute.status().isClosed()) {
            return Optional.of("The dispute is closed");
        }
        if (dispute.decisions().ruled()) {
            return Optional.of("The platform has ruled on this dispute and the ruling is final: it is being executed");
        }
        if (dispute.decisions().execution() != null) {
            return Optional.of("Buyer and seller agreed and the agreement is being executed ("
                    + dispute.decisions().execution().resolution().label() + ")");
        }
        return Optional.empty();
    }
}
