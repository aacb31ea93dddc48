package io.disputeflow.recordtab;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.dispute.Labelled;
import io.disputeflow.dispute.Money;
import io.disputeflow.dispute.ReasonCode;
import io.disputeflow.dispute.TimelineEntry;
import io.disputeflow.dispute.Times;
import io.disputeflow.identity.PeopleNames;
import io.disputeflow.process.DisputeProcesses;
import io.disputeflow.refund.RefundLedger;
import io.disputeflow.store.Store;
import io.disputeflow.store.Stores;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the "Dispute" tab from the dispute record, the refund ledger and the running deadlines. */
@Component
public class DisputeRecordTabs {

    private static final String PLATFORM = "DisputeFlow (automatic)";
    private static final String BUYER = "The buyer";
    private static final String STATUS = "STATUS_";
    private static final String CLOSED = "CLOSED_";
    private static final String SELLER_ANSWER = "SELLER_";

    private final DisputeRecords records;
    private final DisputeProcesses processes;
    private final RefundLedger ledger;
    private final Stores stores;
    private final PeopleNames names;

    public DisputeRecordTabs(DisputeRecords records, DisputeProcesses processes, RefundLedger ledger, Stores stores,
                             PeopleNames names) {
        this.records = records;
        this.processes = processes;
        this.ledger = ledger;
        this.stores = stores;
        this.names = names;
    }

    @Transactional(readOnly = true)
    public DisputeRecordTab of(DisputeRecord dispute) {
        String currency = dispute.currency();
        return new DisputeRecordTab(dispute.id(),
                stores.find(dispute.storeId()).map(Store::name).orElse(dispute.storeId()),
                dispute.status().label(), dispute.status().isClosed(), ReasonCode.labelOf(dispute.reason()),
                time(dispute.openedAt()), time(dispute.closedAt()),
                money(dispute.paidAmount(), currency), money(dispute.requestedAmount(), currency),
                processes.openDeadlines(dispute.id()).stream()
                        .map(deadline -> new DisputeRecordTab.Deadline(deadline.what(), time(deadline.dueAt()),
                                deadline.otherwise()))
                        .toList(),
                ledger.paidRefunds(dispute.id()).stream()
                        .map(refund -> new DisputeRecordTab.Refund(money(refund.amount(), refund.currency()),
                                time(refund.paidAt())))
                        .toList(),
                records.timeline(dispute.id()).stream().map(entry -> event(entry, dispute.buyerId())).toList());
    }

    private DisputeRecordTab.Event event(TimelineEntry entry, String buyerId) {
        String who = DisputeRecords.SYSTEM.equals(entry.actor()) ? PLATFORM
                : entry.actor() != null && entry.actor().equals(buyerId) ? BUYER : names.of(entry.actor());
        return new DisputeRecordTab.Event(time(entry.occurredAt()), who, heading(entry.action()),
                entry.detail() == null || entry.detail().isBlank() ? null : entry.detail());
    }

    /** What kind of step an entry records, in words: "Now: in platform arbitration", "Return shipped". */
    static String heading(String action) {
        if (action.startsWith(STATUS)) {
            return Labelled.find(DisputeStatus.class, action.substring(STATUS.length()))
                    .map(status -> "Now: " + status.label()).orElse(inWords(action));
        }
        if (action.startsWith(CLOSED)) {
            return Labelled.find(DisputeStatus.class, action.substring(CLOSED.length()))
                    .map(status -> "Closed: " + status.label()).orElse(inWords(action));
        }
        if (action.startsWith(SELLER_ANSWER) && !action.equals("SELLER_PENALISED")) {
            return "The seller answered";
        }
        return inWords(action);
    }

    /** "RETURN_SHIPPED" as "Return shipped". */
    private static String inWords(String action) {
        String words = action.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.format(amount) + " " + currency;
    }

    private static String time(Instant instant) {
        return Times.utc(instant);
    }
}
