package io.disputeflow.evidence;

import io.disputeflow.buyercare.BuyerCareReplies;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.EscalationCause;
import io.disputeflow.dispute.Money;
import io.disputeflow.dispute.ReasonCode;
import io.disputeflow.dispute.TimelineEntry;
import io.disputeflow.evidence.EvidenceItem.Party;
import io.disputeflow.identity.PeopleNames;
import io.disputeflow.logistics.TrackingFacts;
import io.disputeflow.store.Store;
import io.disputeflow.store.Stores;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Builds the case file of a dispute from its record, its evidence and its parcel's tracking history. */
@Service
public class CaseFiles {

    private final DisputeRecords disputes;
    private final EvidenceStore evidence;
    private final BuyerCareReplies replies;
    private final Stores stores;
    private final PeopleNames people;

    public CaseFiles(DisputeRecords disputes, EvidenceStore evidence, BuyerCareReplies replies, Stores stores,
                     PeopleNames people) {
        this.stores = stores;
        this.people = people;
        this.disputes = disputes;
        this.evidence = evidence;
        this.replies = replies;
    }

    /** @param requiredEvidence comma-separated evidence kinds from the classification, may be empty */
    public CaseFile build(DisputeRecord dispute, String evidenceToCollect, String requiredEvidence) {
        List<EvidenceItem> items = evidence.list(dispute.id());
        TrackingFacts facts = replies.trackingFacts(dispute);
        return new CaseFile(summary(dispute, evidenceToCollect), checklist(requiredEvidence, items), items.size(), facts,
                replies.of(dispute, facts), texts(dispute, facts, items));
    }

    private CaseFile.Texts texts(DisputeRecord dispute, TrackingFacts facts, List<EvidenceItem> items) {
        return texts(dispute, storeName(dispute), facts, items, disputes.timeline(dispute.id()),
                dispute.decisions().abuseReport() == null ? 0 : disputes.abuseReportsOf(dispute.buyerId()),
                cachedNames());
    }

    /** Names the people of one case file, asking the identity service once per person. */
    private UnaryOperator<String> cachedNames() {
        Map<String, String> known = new HashMap<>();
        return userId -> userId == null ? null : known.computeIfAbsent(userId, people::of);
    }

    static CaseFile.Texts texts(DisputeRecord dispute, String storeName, TrackingFacts facts, List<EvidenceItem> items,
                                List<TimelineEntry> timeline) {
        return texts(dispute, storeName, facts, items, timeline, 0, UnaryOperator.identity());
    }

    static CaseFile.Texts texts(DisputeRecord dispute, String storeName, TrackingFacts facts, List<EvidenceItem> items,
                                List<TimelineEntry> timeline, int abuseReportsOfBuyer, UnaryOperator<String> names) {
        EscalationCause cause = dispute.decisions().escalationCause();
        TimelineEntry returnShipped = timeline.stream().filter(entry -> "RETURN_SHIPPED".equals(entry.action()))
                .reduce((first, second) -> second).orElse(null);
        return new CaseFile.Texts(CaseFileTexts.buyerMessage(dispute),
                CaseFileTexts.orderFacts(dispute, storeName),
                CaseFileTexts.trackingFacts(dispute, facts),
                CaseFileTexts.evidenceList(dispute.id(), items, Party.BUYER, names),
                CaseFileTexts.evidenceList(dispute.id(), items, Party.SELLER, names),
                CaseFileTexts.evidenceList(dispute.id(), items, Party.PLATFORM, names),
                CaseConversation.of(dispute, timeline, names),
                cause == null ? null : CaseFileTexts.capitalised(cause.label()) + " (" + cause.rule() + ")",
                CaseFileTexts.abuseReport(dispute.decisions().abuseReport(), abuseReportsOfBuyer, names),
                CasePositions.buyer(dispute, timeline),
                CasePositions.seller(dispute, timeline, names),
                CaseFileTexts.returnFacts(dispute, returnShipped == null ? null : returnShipped.occurredAt()));
    }

    private String storeName(DisputeRecord dispute) {
        return stores.find(dispute.storeId()).map(Store::name).orElse(dispute.storeId());
    }

    static String summary(DisputeRecord dispute, String evidenceToCollect) {
        StringBuilder text = new StringBuilder()
                .append("Order ").append(CaseFileTexts.escape(dispute.orderId()))
                .append(" · paid ").append(Money.format(dispute.paidAmount())).append(' ').append(dispute.currency())
                .append(" · buyer asks ").append(Money.format(dispute.requestedAmount())).append(' ')
                .append(dispute.currency())
                .append(dispute.returnOffered() ? " with return" : "")
                .append(" · reason: ").append(ReasonCode.labelOf(dispute.reason()));
        if (dispute.carrier() != null) {
            text.append(" · shipped with ").append(CaseFileTexts.escape(dispute.carrier()));
            if (dispute.trackingNumber() != null) {
                text.append(' ').append(CaseFileTexts.escape(dispute.trackingNumber()));
            }
        }
        if (evidenceToCollect != null && !evidenceToCollect.isBlank()) {
            text.append(" · evidence to collect: ").append(evidenceToCollect);
        }
        return text.toString();
    }

    static String checklist(String requiredEvidence, List<EvidenceItem> items) {
        if (requiredEvidence == null || requiredEvidence.isBlank()) {
            return "";
        }
        Set<String> present = items.stream().map(item -> item.kind().name()).collect(Collectors.toSet());
        return Arrays.stream(requiredEvidence.split(","))
                .map(String::trim)
                .map(kind -> kindLabel(kind) + ": " + (present.contains(kind) ? "present" : "missing"))
                .collect(Collectors.joining(" · "));
    }

    /** "DELIVERY_SIGNATURE_PROOF" → "Delivery signature proof"; a kind we do not know stays as written. */
    private static String kindLabel(String kind) {
        return Arrays.stream(EvidenceItem.Kind.values()).filter(known -> known.name().equals(kind)).findFirst()
                .map(CaseFileTexts::kind).orElse(kind);
    }

}
