package io.disputeflow.evidence;

import io.disputeflow.logistics.TrackingFacts;
import java.util.Map;

/**
 * What the forms show about a dispute: a one-line summary, the evidence checklist of its reason (e.g. for
 * SHOWS_DELIVERED: weight-deduction screenshot and signature proof present?), the tracking facts and, for parcels
 * without tracking update, the buyer-care replies to send.
 */
public record CaseFile(String summary, String checklist, int evidenceCount, TrackingFacts tracking,
                       Map<String, String> replies) {
}
