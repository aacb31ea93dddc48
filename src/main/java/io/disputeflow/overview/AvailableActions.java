package io.disputeflow.overview;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.process.DisputeProcesses;
import java.util.List;

/** The buyer actions a dispute accepts right now, as paths under {@code /api/disputes/{id}/}; the buyer feature answers. */
public interface AvailableActions {

    List<String> of(DisputeRecord dispute);

    /** The same, from what the dispute's process instances wait for, read beforehand. */
    List<String> of(DisputeRecord dispute, DisputeProcesses.Waits waits);
}
