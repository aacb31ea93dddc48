package io.disputeflow.overview;

import io.disputeflow.dispute.DisputeRecord;
import java.util.List;

/** The buyer actions a dispute accepts right now, as paths under {@code /api/disputes/{id}/}; the buyer feature answers. */
public interface AvailableActions {

    List<String> of(DisputeRecord dispute);
}
