package io.disputeflow.overview;

import io.disputeflow.api.MoneyJson;
import io.disputeflow.buyer.BuyerAction;
import io.disputeflow.buyer.BuyerActions;
import io.disputeflow.dispute.DisputeQuery;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.DisputeProcesses;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.refund.RefundLedger;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the API's views of disputes from the record, the process instances and the refund ledger. */
@Component
public class DisputeViews {

    private static final String COUNTER_OFFER = "COUNTER_OFFER";

    private final DisputeRecords records;
    private final DisputeProcesses processes;
    private final BuyerActions buyerActions;
    private final RefundLedger ledger;

    public DisputeViews(DisputeRecords records, DisputeProcesses processes, BuyerActions buyerActions,
                        RefundLedger ledger) {
        this.records = records;
        this.processes = processes;
        this.buyerActions = buyerActions;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public DisputeView of(String disputeId) {
        return of(records.get(disputeId));
    }

    @Transactional(readOnly = true)
    public DisputeView of(DisputeRecord dispute) {
        String currency = dispute.currency();
        Map<String, Object> variables = processes.variables(dispute.id());
        List<BuyerAction> actions = buyerActions.available(dispute.id(), variables);
        return new DisputeView(dispute.id(), dispute.orderId(), dispute.storeId(), dispute.buyerId(),
                dispute.buyerLanguage(), dispute.status(), dispute.category(), dispute.openedAt(), dispute.closedAt(),
                dispute.outcome(),
                new DisputeView.Order(MoneyJson.of(dispute.paidAmount(), currency), dispute.shippedAt(),
                        dispute.promisedDeliveryDays(), dispute.protectionEndsAt(), dispute.carrier(),
                        dispute.trackingNumber()),
                new DisputeView.Proposal(dispute.reason(), dispute.description(),
                        MoneyJson.of(dispute.requestedAmount(), currency), dispute.returnOffered()),
                sellerAnswer(variables, currency, actions.contains(BuyerAction.COUNTER_OFFER_ACCEPTANCE)),
                settlement(variables, currency),
                ruling(variables, currency),
                processes.openDeadlines(dispute.id()).stream()
                        .map(deadline -> new DisputeView.DeadlineJson(deadline.what(), deadline.dueAt(),
                                deadline.otherwise(), deadline.rule()))
                        .toList(),
                actions.stream().map(BuyerAction::path).toList(),
                ledger.paidRefunds(dispute.id()).stream()
                        .map(refund -> new DisputeView.RefundJson(MoneyJson.of(refund.amount(), refund.currency()),
                                refund.paidAt(), refund.providerReference()))
                        .toList(),
                records.timeline(dispute.id()).stream()
                        .map(entry -> new DisputeView.TimelineJson(entry.occurredAt(), entry.actor(), entry.action(),
                                entry.detail()))
                        .toList());
    }

    @Transactional(readOnly = true)
    public DisputePage page(DisputeQuery query) {
        long total = records.count(query);
        return new DisputePage(records.page(query).stream().map(DisputeSummary::of).toList(), query.page(),
                query.size(), total, (total + query.size() - 1) / query.size());
    }

    private static DisputeView.SellerAnswer sellerAnswer(Map<String, Object> variables, String currency,
                                                         boolean awaitingBuyer) {
        Object decision = variables.get(Variables.SELLER_DECISION);
        if (decision == null) {
            return null;
        }
        boolean counterOffer = COUNTER_OFFER.equals(decision);
        return new DisputeView.SellerAnswer(decision.toString(),
                counterOffer ? text(variables.get(Variables.COUNTER_OFFER_TYPE)) : null,
                counterOffer ? money(variables.get(Variables.COUNTER_OFFER_AMOUNT), currency) : null,
                text(variables.get(Variables.SELLER_MESSAGE)), counterOffer && awaitingBuyer);
    }

    private static DisputeView.Settlement settlement(Map<String, Object> variables, String currency) {
        Object resolution = variables.get(Variables.RESOLUTION);
        if (resolution == null) {
            return null;
        }
        String key = text(variables.get(Variables.REFUND_KEY));
        String source = key != null && key.contains("/RULING/") ? "RULING" : "AGREEMENT";
        return new DisputeView.Settlement(source, resolution.toString(),
                money(variables.get(Variables.REFUND_AMOUNT), currency),
                Boolean.TRUE.equals(variables.get(Variables.RETURN_REQUIRED)));
    }

    private static DisputeView.Ruling ruling(Map<String, Object> variables, String currency) {
        Object outcome = variables.get(Variables.RULING_OUTCOME);
        return outcome == null ? null : new DisputeView.Ruling(outcome.toString(),
                money(variables.get(Variables.RULING_REFUND_AMOUNT), currency),
                text(variables.get(Variables.RULING_NOTE)));
    }

    private static MoneyJson money(Object amount, String currency) {
        if (amount == null || amount.toString().isBlank()) {
            return null;
        }
        return MoneyJson.of(new BigDecimal(amount.toString()), currency);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
