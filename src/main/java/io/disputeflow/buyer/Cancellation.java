package io.disputeflow.buyer;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * R9: the buyer may cancel until the platform has ruled. Used by the API before it delivers the cancellation and,
 * as bean {@code cancellation}, by the gateway "Ruling already made?" ({@code ${cancellation.allowed(execution)}}),
 * which reads the dispute record.
 */
@Component("cancellation")
public class Cancellation {

    private final DisputeRecords records;

    public Cancellation(DisputeRecords records) {
        this.records = records;
    }

    public boolean allowed(DelegateExecution execution) {
        return allowed(records.get(execution.getProcessBusinessKey()));
    }

    public static boolean allowed(DisputeRecord dispute) {
        return !dispute.status().isClosed() && !dispute.decisions().ruled();
    }
}
