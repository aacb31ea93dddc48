package io.disputeflow.buyercare;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.logistics.TrackingEvents;
import io.disputeflow.logistics.TrackingFacts;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The buyer-care replies L1-L3 of a dispute whose parcel has no tracking update, filled with its parcel's facts as
 * they stand (last location, protection end): what the case file offers and what is sent when an agent picks one.
 */
@Service
public class BuyerCareReplies {

    /** The reason code whose disputes get the replies. */
    public static final String NO_TRACKING_UPDATE = "NO_TRACKING_UPDATE";

    private final DisputeRecords disputes;
    private final TrackingEvents tracking;
    private final ReplyTemplates templates;
    private final Clock clock;

    public BuyerCareReplies(DisputeRecords disputes, TrackingEvents tracking, ReplyTemplates templates, Clock clock) {
        this.disputes = disputes;
        this.tracking = tracking;
        this.templates = templates;
        this.clock = clock;
    }

    /** The reply of {@code level} ("L1", "L2", "L3") as it reads now; null if the dispute gets no replies. */
    public String reply(String disputeId, String level) {
        DisputeRecord dispute = disputes.get(disputeId);
        return of(dispute, trackingFacts(dispute)).get(level);
    }

    /** The replies by level, in order; none for a dispute whose reason is not a parcel without tracking update. */
    public Map<String, String> of(DisputeRecord dispute, TrackingFacts facts) {
        if (!NO_TRACKING_UPDATE.equals(dispute.reason())) {
            return Map.of();
        }
        ParcelFacts parcel = new ParcelFacts(dispute.carrier(), dispute.trackingNumber(), facts.lastLocation(),
                facts.lastUpdateAt(), dispute.protectionEndsAt(), null);
        Map<String, String> texts = new LinkedHashMap<>();
        for (ReplyLevel level : ReplyLevel.values()) {
            texts.put(level.name(), templates.render(level, dispute.buyerLanguage(), parcel));
        }
        return texts;
    }

    /** The parcel's tracking history as of now (none without carrier and tracking number). */
    public TrackingFacts trackingFacts(DisputeRecord dispute) {
        return dispute.carrier() == null || dispute.trackingNumber() == null
                ? TrackingFacts.of(List.of(), clock.instant())
                : TrackingFacts.of(tracking.history(dispute.carrier(), dispute.trackingNumber()), clock.instant());
    }
}
