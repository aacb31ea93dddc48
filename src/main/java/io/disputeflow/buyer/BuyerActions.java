package io.disputeflow.buyer;

import io.disputeflow.dispute.ActionNotAllowedException;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.dispute.Money;
import io.disputeflow.dispute.ReasonCode;
import io.disputeflow.intake.RefundCeiling;
import io.disputeflow.process.DisputeProcesses;
import io.disputeflow.process.ProcessModel.Variables;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a buyer can do with an open dispute. Each action is allowed only while the dispute's process waits for
 * it; otherwise it is refused with the reason and nothing changes.
 */
@Service
public class BuyerActions {

    private static final Logger LOG = LoggerFactory.getLogger(BuyerActions.class);

    private final DisputeRecords records;
    private final DisputeProcesses processes;

    public BuyerActions(DisputeRecords records, DisputeProcesses processes) {
        this.records = records;
        this.processes = processes;
    }

    /** R3: new amount, reason or description; the seller's 5 days start again. Null keeps the current value. */
    @Transactional
    public void modify(String disputeId, BigDecimal requestedAmount, String reason, String description) {
        DisputeRecord dispute = awaiting(disputeId, BuyerAction.MODIFICATION);
        BigDecimal amount = requestedAmount == null ? dispute.requestedAmount() : requestedAmount;
        String newReason = reason == null ? dispute.reason() : ReasonCode.require("reason", reason).name();
        String newDescription = description == null ? dispute.description() : description;
        RefundCeiling.check("requestedRefund.amount", amount, dispute.paidAmount());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.REQUESTED_AMOUNT, Money.format(amount));
        variables.put(Variables.REASON, newReason);
        variables.put(Variables.DESCRIPTION, newDescription);
        records.modify(disputeId, amount, newReason, newDescription);
        deliver(dispute, BuyerAction.MODIFICATION, variables, null);
    }

    @Transactional
    public void acceptCounterOffer(String disputeId) {
        deliver(awaiting(disputeId, BuyerAction.COUNTER_OFFER_ACCEPTANCE), BuyerAction.COUNTER_OFFER_ACCEPTANCE,
                Map.of(), null);
    }

    @Transactional
    public void rejectCounterOffer(String disputeId) {
        deliver(awaiting(disputeId, BuyerAction.COUNTER_OFFER_REJECTION), BuyerAction.COUNTER_OFFER_REJECTION,
                Map.of(), null);
    }

    /** R6. */
    @Transactional
    public void escalate(String disputeId) {
        deliver(awaiting(disputeId, BuyerAction.ESCALATION), BuyerAction.ESCALATION, Map.of(), null);
    }

    /** R9: before a ruling only; the order completes without refund. */
    @Transactional
    public void cancel(String disputeId) {
        DisputeRecord dispute = awaiting(disputeId, BuyerAction.CANCELLATION);
        if (processes.variables(disputeId).get(Variables.RULING_OUTCOME) != null) {
            throw refused(dispute, BuyerAction.CANCELLATION, "The platform has ruled on this dispute and the ruling "
                    + "is final: it can no longer be cancelled");
        }
        deliver(dispute, BuyerAction.CANCELLATION, Map.of(), null);
        if (records.get(disputeId).status() != DisputeStatus.CANCELLED) {
            throw refused(dispute, BuyerAction.CANCELLATION, "The dispute could not be cancelled in its current state");
        }
    }

    /** R13: the return's carrier and tracking number, within 10 days of the agreement or ruling. */
    @Transactional
    public void shipReturn(String disputeId, String carrier, String trackingNumber) {
        DisputeRecord dispute = awaiting(disputeId, BuyerAction.RETURN_SHIPMENT);
        deliver(dispute, BuyerAction.RETURN_SHIPMENT, Map.of(Variables.RETURN_CARRIER, carrier,
                Variables.RETURN_TRACKING_NUMBER, trackingNumber), carrier + " " + trackingNumber);
    }

    /** The actions the dispute's process accepts right now, given its current variables. */
    public List<BuyerAction> available(String disputeId, Map<String, Object> variables) {
        Set<String> awaited = processes.awaitedMessages(disputeId);
        boolean ruled = variables.get(Variables.RULING_OUTCOME) != null;
        return Arrays.stream(BuyerAction.values())
                .filter(action -> awaited.contains(action.message()))
                .filter(action -> !(ruled && action == BuyerAction.CANCELLATION))
                .toList();
    }

    private DisputeRecord awaiting(String disputeId, BuyerAction action) {
        DisputeRecord dispute = records.lock(disputeId);
        if (dispute.status().isClosed()) {
            throw refused(dispute, action, "The dispute is closed (" + dispute.outcome() + "): nothing can change it");
        }
        if (!processes.awaitedMessages(disputeId).contains(action.message())) {
            throw refused(dispute, action, action.whenAllowed());
        }
        return dispute;
    }

    private void deliver(DisputeRecord dispute, BuyerAction action, Map<String, Object> variables, String detail) {
        processes.deliver(dispute.id(), action.message(), variables);
        if (action.timelineAction() != null) {
            records.appendTimeline(dispute.id(), dispute.buyerId(), action.timelineAction(), detail);
        }
        LOG.info("Dispute {}: buyer {} ({})", dispute.id(), action.description(), dispute.storeId());
    }

    private static ActionNotAllowedException refused(DisputeRecord dispute, BuyerAction action, String why) {
        return new ActionNotAllowedException(action.description(), dispute.status(), action.rule(),
                "The dispute is " + dispute.status() + ". " + why);
    }
}
