package io.disputeflow.buyer;

import io.disputeflow.dispute.ActionNotAllowedException;
import io.disputeflow.dispute.Deadline;
import io.disputeflow.dispute.DeadlinePassedException;
import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.dispute.ReasonCode;
import io.disputeflow.dispute.RefundCeiling;
import io.disputeflow.overview.AvailableActions;
import io.disputeflow.process.DisputeProcesses;
import io.disputeflow.process.ProcessModel.Variables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a buyer can do with an open dispute. Each action is allowed only while the dispute's process waits for
 * it; otherwise it is refused with the reason and nothing changes.
 */
@Service
public class BuyerActions implements AvailableActions {

    private static final Logger LOG = LoggerFactory.getLogger(BuyerActions.class);

    private final DisputeRecords records;
    private final DisputeCase disputeCase;
    private final DisputeProcesses processes;
    private final Clock clock;

    public BuyerActions(DisputeRecords records, DisputeCase disputeCase, DisputeProcesses processes, Clock clock) {
        this.records = records;
        this.disputeCase = disputeCase;
        this.processes = processes;
        this.clock = clock;
    }

    /** R3: new amount, reason or description; the seller's 5 days start again. Null keeps the current value. */
    @Transactional
    public void modify(String disputeId, BigDecimal requestedAmount, String reason, String description) {
        DisputeRecord dispute = awaiting(disputeId, BuyerAction.MODIFICATION);
        BigDecimal amount = requestedAmount == null ? dispute.requestedAmount() : requestedAmount;
        String newReason = reason == null ? dispute.reason() : ReasonCode.require("reason", reason).name();
        String newDescription = description == null ? dispute.description() : description;
        RefundCeiling.check("requestedRefund.amount", amount, dispute.paidAmount(), dispute.currency());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.REASON, newReason);
        disputeCase.recordModification(dispute, dispute.buyerId(), amount, newReason, newDescription);
        deliver(dispute, BuyerAction.MODIFICATION, variables);
    }

    /** R4. */
    @Transactional
    public void acceptCounterOffer(String disputeId) {
        DisputeRecord dispute = awaiting(disputeId, BuyerAction.COUNTER_OFFER_ACCEPTANCE);
        disputeCase.recordCounterOfferAnswer(disputeId, dispute.buyerId(), true);
        deliver(dispute, BuyerAction.COUNTER_OFFER_ACCEPTANCE, Map.of());
    }

    /** R4. */
    @Transactional
    public void rejectCounterOffer(String disputeId) {
        DisputeRecord dispute = awaiting(disputeId, BuyerAction.COUNTER_OFFER_REJECTION);
        disputeCase.recordCounterOfferAnswer(disputeId, dispute.buyerId(), false);
        deliver(dispute, BuyerAction.COUNTER_OFFER_REJECTION, Map.of());
    }

    /** R6. */
    @Transactional
    public void escalate(String disputeId) {
        DisputeRecord dispute = awaiting(disputeId, BuyerAction.ESCALATION);
        records.appendTimeline(disputeId, dispute.buyerId(), "BUYER_ESCALATED",
                "The buyer asked the platform to arbitrate");
        deliver(dispute, BuyerAction.ESCALATION, Map.of());
    }

    /** R9: before a ruling only; the order completes without refund. */
    @Transactional
    public void cancel(String disputeId) {
        DisputeRecord dispute = awaiting(disputeId, BuyerAction.CANCELLATION);
        Optional<String> refusal = Cancellation.refusal(dispute, processes.settling(disputeId));
        if (refusal.isPresent()) {
            throw refused(dispute, BuyerAction.CANCELLATION, refusal.get() + ": it can no longer be cancelled");
        }
        records.appendTimeline(disputeId, dispute.buyerId(), "BUYER_CANCELLED", "The buyer cancelled the dispute");
        deliver(dispute, BuyerAction.CANCELLATION, Map.of());
        if (records.get(disputeId).status() != DisputeStatus.CANCELLED) {
            throw refused(dispute, BuyerAction.CANCELLATION, "The dispute could not be cancelled in its current state");
        }
    }

    /** R13: the return's carrier and tracking number, within 10 days of the agreement or ruling. */
    @Transactional
    public void shipReturn(String disputeId, String carrier, String trackingNumber) {
        DisputeRecord dispute = awaiting(disputeId, BuyerAction.RETURN_SHIPMENT);
        disputeCase.recordReturnShipment(disputeId, dispute.buyerId(), carrier, trackingNumber);
        deliver(dispute, BuyerAction.RETURN_SHIPMENT, Map.of());
    }

    /** The actions the dispute's process accepts right now. */
    @Override
    public List<String> of(DisputeRecord dispute) {
        return of(dispute, processes.waits(dispute.id()));
    }

    @Override
    public List<String> of(DisputeRecord dispute, DisputeProcesses.Waits waits) {
        Instant now = clock.instant();
        Function<Set<String>, Set<String>> passedOf = timers -> timers.stream()
                .filter(timer -> waits.timersDue().containsKey(timer) && !now.isBefore(waits.timersDue().get(timer)))
                .collect(Collectors.toSet());
        return available(dispute, waits.awaitedMessages(), waits.settling(), passedOf).stream()
                .map(BuyerAction::path).toList();
    }

    /**
     * The awaited actions whose closing timers ({@code passedOf}: those of the given timers that are due) are not;
     * no cancellation while the dispute is {@code settling} (R9, as {@link #cancel} refuses it).
     */
    private static List<BuyerAction> available(DisputeRecord dispute, Set<String> awaited, boolean settling,
                                               Function<Set<String>, Set<String>> passedOf) {
        List<BuyerAction> waitedFor = Arrays.stream(BuyerAction.values())
                .filter(action -> awaited.contains(action.message()))
                .filter(action -> action != BuyerAction.CANCELLATION
                        || Cancellation.refusal(dispute, settling).isEmpty())
                .toList();
        Set<String> closingTimers = waitedFor.stream().flatMap(action -> action.closedBy().stream())
                .collect(Collectors.toSet());
        Set<String> passed = passedOf.apply(closingTimers);
        return waitedFor.stream().filter(action -> action.closedBy().stream().noneMatch(passed::contains)).toList();
    }

    private DisputeRecord awaiting(String disputeId, BuyerAction action) {
        DisputeRecord dispute = records.lock(disputeId);
        if (dispute.status().isClosed()) {
            throw refused(dispute, action, "The dispute is closed (" + dispute.outcome() + "): nothing can change it");
        }
        if (!processes.awaitedMessages(disputeId).contains(action.message())) {
            throw refused(dispute, action, action.whenAllowed());
        }
        Optional<Deadline> passed = processes.passed(disputeId, action.closedBy(), clock.instant());
        if (passed.isPresent()) {
            throw new DeadlinePassedException(action.description(), dispute.status(), passed.get());
        }
        return dispute;
    }

    private void deliver(DisputeRecord dispute, BuyerAction action, Map<String, Object> variables) {
        processes.deliver(dispute.id(), action.message(), variables);
        LOG.info("Dispute {}: buyer {} ({})", dispute.id(), action.description(), dispute.storeId());
    }

    private static ActionNotAllowedException refused(DisputeRecord dispute, BuyerAction action, String why) {
        return new ActionNotAllowedException(action.description(), dispute.status(), action.rule(),
                "The dispute is " + dispute.status() + ". " + why);
    }
}
