package io.disputeflow.overview;

import io.disputeflow.api.MoneyJson;
import io.disputeflow.dispute.CaseDecisions;
import io.disputeflow.dispute.CaseDecisions.Execution;
import io.disputeflow.dispute.Deadline;
import io.disputeflow.dispute.DisputeQuery;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.Ruling;
import io.disputeflow.dispute.SellerAnswer;
import io.disputeflow.process.DisputeProcesses;
import io.disputeflow.refund.RefundLedger;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the API's views of disputes from the dispute record (the case: request, answers, ruling, what is executed),
 * the refund ledger and, for what is open right now, the running process instances (deadlines, awaited actions).
 * Never from Camunda's history, which is cleaned up.
 */
@Component
public class DisputeViews {

    private static final String COUNTER_OFFER_ACCEPTANCE = "counter-offer/acceptance";

    private final DisputeRecords records;
    private final DisputeProcesses processes;
    private final AvailableActions availableActions;
    private final RefundLedger ledger;

    public DisputeViews(DisputeRecords records, DisputeProcesses processes, AvailableActions availableActions,
                        RefundLedger ledger) {
        this.records = records;
        this.processes = processes;
        this.availableActions = availableActions;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public DisputeView of(String disputeId) {
        return of(records.get(disputeId));
    }

    @Transactional(readOnly = true)
    public DisputeView of(DisputeRecord dispute) {
        List<DisputeView.RefundJson> refunds = ledger.paidRefunds(dispute.id()).stream()
                .map(refund -> new DisputeView.RefundJson(MoneyJson.of(refund.amount(), refund.currency()),
                        refund.paidAt(), refund.providerReference()))
                .toList();
        return view(dispute, processes.openDeadlines(dispute.id()), availableActions.of(dispute), refunds);
    }

    /**
     * The answer to a dispute's opening, the same as {@link #of(String)} at that moment but with three queries: the
     * record, its timeline, and what its new process instance waits for. A dispute just opened has paid no refund.
     */
    @Transactional(readOnly = true)
    public DisputeView opened(String disputeId) {
        DisputeRecord dispute = records.get(disputeId);
        DisputeProcesses.Waits waits = processes.waits(disputeId);
        return view(dispute, waits.deadlines(), availableActions.of(dispute, waits), List.of());
    }

    private DisputeView view(DisputeRecord dispute, List<Deadline> deadlines, List<String> actions,
                             List<DisputeView.RefundJson> refunds) {
        String currency = dispute.currency();
        CaseDecisions decisions = dispute.decisions();
        return new DisputeView(dispute.id(), dispute.orderId(), dispute.storeId(), dispute.buyerId(),
                dispute.buyerLanguage(), dispute.status(), dispute.category(), dispute.openedAt(), dispute.closedAt(),
                dispute.outcome(),
                new DisputeView.Order(MoneyJson.of(dispute.paidAmount(), currency), dispute.shippedAt(),
                        dispute.promisedDeliveryDays(), dispute.protectionEndsAt(), dispute.carrier(),
                        dispute.trackingNumber()),
                new DisputeView.Proposal(dispute.reason(), dispute.description(),
                        MoneyJson.of(dispute.requestedAmount(), currency), dispute.returnOffered()),
                sellerAnswer(decisions.sellerAnswer(), currency, actions.contains(COUNTER_OFFER_ACCEPTANCE)),
                settlement(decisions.execution(), currency),
                ruling(decisions.ruling(), currency),
                deadlines.stream()
                        .map(deadline -> new DisputeView.DeadlineJson(deadline.what(), deadline.dueAt(),
                                deadline.otherwise(), deadline.rule()))
                        .toList(),
                actions,
                refunds,
                records.timeline(dispute.id()).stream()
                        .map(entry -> new DisputeView.TimelineJson(entry.occurredAt(), entry.actor(), entry.action(),
                                entry.detail()))
                        .toList(),
                decisions.abuseReport() != null);
    }

    @Transactional(readOnly = true)
    public DisputePage page(DisputeQuery query) {
        long total = records.count(query);
        return new DisputePage(records.page(query).stream().map(DisputeSummary::of).toList(), query.page(),
                query.size(), total, (total + query.size() - 1) / query.size());
    }

    private static DisputeView.SellerAnswer sellerAnswer(SellerAnswer answer, String currency, boolean awaitingBuyer) {
        if (answer == null) {
            return null;
        }
        boolean counterOffer = answer.isCounterOffer();
        return new DisputeView.SellerAnswer(answer.decision().name(),
                counterOffer ? answer.counterOfferType().name() : null,
                counterOffer ? money(answer.counterOfferAmount(), currency) : null,
                answer.message(), counterOffer && awaitingBuyer);
    }

    private static DisputeView.Settlement settlement(Execution execution, String currency) {
        return execution == null ? null : new DisputeView.Settlement(execution.source().name(),
                execution.resolution().name(), money(execution.refundAmount(), currency),
                execution.settlement().returnRequired());
    }

    private static DisputeView.Ruling ruling(Ruling ruling, String currency) {
        return ruling == null ? null
                : new DisputeView.Ruling(ruling.outcome().name(), money(ruling.refundAmount(), currency), ruling.note());
    }

    private static MoneyJson money(BigDecimal amount, String currency) {
        return amount == null ? null : MoneyJson.of(amount, currency);
    }
}
