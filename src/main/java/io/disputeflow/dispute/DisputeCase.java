package io.disputeflow.dispute;

import io.disputeflow.problem.FieldRefusal;
import io.disputeflow.dispute.CaseDecisions.Execution;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The typed changes of a dispute's case: each writes the record and its timeline in the caller's transaction (the
 * process engine's for delegates and listeners, the request's for the API). Delegates and listeners are thin
 * adapters that call these; screens and the API read the record they write.
 */
@Service
public class DisputeCase {

    private final DisputeRecords records;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public DisputeCase(DisputeRecords records, Clock clock, ApplicationEventPublisher events) {
        this.records = records;
        this.clock = clock;
        this.events = events;
    }

    /** The dispute reached a new stage; {@code why} is the step that brought it there. */
    @Transactional
    public void enter(String disputeId, DisputeStatus status, String why) {
        update(disputeId, "status = ?", status.name());
        records.appendTimeline(disputeId, DisputeRecords.SYSTEM, "STATUS_" + status.name(), why);
    }

    /** The dispute ended: its closed status follows from the outcome; R18 decides whether it counts toward the rate. */
    @Transactional
    public void close(String disputeId, DisputeOutcome outcome, boolean countsTowardRate, String why) {
        String storeId = records.get(disputeId).storeId();
        update(disputeId, "status = ?, outcome = ?, counts_toward_rate = ?, closed_at = ?, open_order_id = NULL",
                outcome.status().name(), outcome.name(), countsTowardRate, Timestamp.from(clock.instant()));
        records.appendTimeline(disputeId, DisputeRecords.SYSTEM, "CLOSED_" + outcome.status().name(), why);
        events.publishEvent(new DisputeClosed(disputeId, storeId, outcome));
    }

    @Transactional
    public void recordCategory(String disputeId, String category) {
        update(disputeId, "category = ?", category);
    }

    /**
     * The buyer's modified request (R3): new amount, reason and description; the seller's previous answer no longer
     * applies (it stays on the timeline). Recording the same values again changes nothing.
     */
    @Transactional
    public void recordModification(DisputeRecord dispute, String buyer, BigDecimal requestedAmount, String reason,
                                   String description) {
        boolean changed = records.update(dispute.id(), """
                requested_amount = ?, reason = ?, description = ?, seller_decision = NULL, counter_offer_type = NULL,
                    counter_offer_amount = NULL, seller_message = NULL, version = version + 1
                WHERE id = ? AND (requested_amount <> ? OR reason <> ? OR description IS DISTINCT FROM ?)""",
                requestedAmount, reason, description, dispute.id(), requestedAmount, reason, description).isPresent();
        if (!changed) {
            return;
        }
        records.appendTimeline(dispute.id(), buyer, "MODIFIED", "Now asks " + Money.format(requestedAmount) + " "
                + dispute.currency() + " for " + ReasonCode.labelOf(reason)
                + (description == null || description.isBlank() ? "" : ": " + description.strip()));
    }

    /** The seller's answer (R2, R4-R6), by the agent who gave it; accepting makes the agreement (R5). */
    @Transactional
    public void recordSellerAnswer(DisputeRecord dispute, String agent, SellerAnswer answer) {
        update(dispute.id(), """
                seller_decision = ?, counter_offer_type = ?, counter_offer_amount = ?, seller_message = ?,
                agreed_at = CASE WHEN ? THEN ? ELSE agreed_at END""",
                answer.decision().name(), answer.counterOfferType() == null ? null : answer.counterOfferType().name(),
                answer.counterOfferAmount(), answer.message() == null || answer.message().isBlank() ? null
                        : answer.message(), answer.decision() == SellerDecision.ACCEPT, now());
        records.appendTimeline(dispute.id(), agent, "SELLER_" + answer.decision().name(),
                CaseWords.sellerAnswer(answer, dispute.currency()));
    }

    /** The buyer accepted (the agreement, R4) or rejected the seller's counter-offer. */
    @Transactional
    public void recordCounterOfferAnswer(String disputeId, String buyer, boolean accepted) {
        if (accepted) {
            update(disputeId, "agreed_at = ?", now());
        }
        records.appendTimeline(disputeId, buyer,
                accepted ? "BUYER_ACCEPTED_COUNTER_OFFER" : "BUYER_REJECTED_COUNTER_OFFER",
                accepted ? "The buyer accepted the counter-offer" : "The buyer rejected the counter-offer");
    }

    /** The longest extension of buyer protection one answer may give, in days. */
    public static final int MAX_PROTECTION_EXTENSION_DAYS = 30;

    /**
     * The seller's agent extends the buyer's protection by {@code days} (1 to {@value #MAX_PROTECTION_EXTENSION_DAYS})
     * from its current end; the R8 escalation moves with it. Returns the new end.
     */
    @Transactional
    public Instant extendProtection(String disputeId, String agent, int days) {
        if (days < 1 || days > MAX_PROTECTION_EXTENSION_DAYS) {
            throw new FieldRefusal("protectionExtensionDays", "range", " must be a whole number of days from 1 to "
                    + MAX_PROTECTION_EXTENSION_DAYS + ", not " + days);
        }
        DisputeRecord dispute = records.lock(disputeId);
        Instant newEnd = dispute.protectionEndsAt().plus(days, ChronoUnit.DAYS);
        update(disputeId, "protection_ends_at = ?, protection_extended_days = protection_extended_days + ?",
                Timestamp.from(newEnd), days);
        records.appendTimeline(disputeId, agent, "PROTECTION_EXTENDED", "Buyer protection extended by " + days
                + (days == 1 ? " day" : " days") + ", until " + CaseWords.time(newEnd) + " (was "
                + CaseWords.time(dispute.protectionEndsAt()) + ")");
        return newEnd;
    }

    /** The longest reason an abuse report may give. */
    public static final int MAX_ABUSE_REASON_LENGTH = 2000;

    /**
     * The seller's agent reports the buyer for abuse (a deliberate false claim or extortion, RULES.md "abuse flag"):
     * the flag and the reason on the record, a timeline entry, and one more report against the buyer. Returns how
     * often the buyer has been reported in all.
     */
    @Transactional
    public int recordAbuseReport(String disputeId, String agent, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new FieldRefusal("abuseReportReason", "required", " is required when you report the buyer: say what"
                    + " the buyer demands or did (e.g. asks for a 30% refund to cancel the dispute)");
        }
        if (text.length() > MAX_ABUSE_REASON_LENGTH) {
            throw new FieldRefusal("abuseReportReason", "maxLength", " may have at most " + MAX_ABUSE_REASON_LENGTH
                    + " characters, not " + text.length());
        }
        DisputeRecord dispute = records.lock(disputeId);
        update(disputeId, "abuse_reported_by = ?, abuse_reported_at = ?, abuse_report_reason = ?, abuse_confirmed = NULL",
                agent, Timestamp.from(clock.instant()), text);
        int reports = records.countAbuseReport(dispute.buyerId(), disputeId);
        records.appendTimeline(disputeId, agent, "ABUSE_REPORTED", "The seller reported the buyer for abuse: " + text
                + " (" + reports + (reports == 1 ? " report" : " reports") + " against this buyer in all)");
        return reports;
    }

    /** An arbitration supervisor reviewed the seller's abuse report. */
    @Transactional
    public void recordAbuseReview(String disputeId, String supervisor, boolean confirmed, String note) {
        update(disputeId, "abuse_confirmed = ?", confirmed);
        String text = note == null || note.isBlank() ? "" : ": " + note.strip();
        records.appendTimeline(disputeId, supervisor, "ABUSE_REVIEWED", (confirmed
                ? "The abuse report was confirmed" : "The abuse report was found unfounded") + text);
    }

    /** The dispute goes to platform arbitration (R6, R7, R8, R16). */
    @Transactional
    public void recordEscalation(String disputeId, EscalationCause cause) {
        update(disputeId, "escalation_cause = ?", cause.name());
        records.appendTimeline(disputeId, DisputeRecords.SYSTEM, "ESCALATED",
                "To arbitration: " + cause.label() + " (" + cause.rule() + ")");
    }

    /** An arbitrator took up the case (R10). */
    @Transactional
    public void recordArbitratorTookUp(String disputeId, String arbitrator) {
        records.appendTimeline(disputeId, arbitrator, "ARBITRATION_TAKEN_UP", "The arbitrator " + arbitrator
                + " took up the case");
    }

    /** The arbitrator's one-time ruling (R11, R12). */
    @Transactional
    public void recordRuling(DisputeRecord dispute, String arbitrator, Ruling ruling) {
        update(dispute.id(), """
                ruling_outcome = ?, ruling_refund_amount = ?, ruling_note = ?, seller_penalty = ?, agreed_at = ?""",
                ruling.outcome().name(), ruling.refundAmount(), ruling.note(), ruling.sellerPenalty(), now());
        records.appendTimeline(dispute.id(), arbitrator, "RULED",
                CaseWords.ruling(ruling, dispute.currency()));
    }

    /**
     * Fixes what is executed and the idempotency key its refund is paid under (R19), before the payment step: the
     * dispute's n-th settlement from {@code source} gets the key {@code <dispute>/<SOURCE>/<n>}. The agreement's moment
     * is the one recorded with the answer or ruling, else (the seller stayed silent, R2) now.
     */
    @Transactional
    public Execution settle(String disputeId, SettlementSource source, Settlement settlement, String freightPayer) {
        DisputeRecord dispute = records.lock(disputeId);
        int number = (dispute.decisions().execution() == null ? 0 : dispute.decisions().execution().number()) + 1;
        String refundKey = disputeId + "/" + source.name() + "/" + number;
        Instant agreedAt = dispute.decisions().agreedAt() != null ? dispute.decisions().agreedAt() : clock.instant();
        update(disputeId, """
                settlement_source = ?, resolution = ?, settled_refund_amount = ?, full_refund = ?, refund_key = ?,
                settlement_number = ?, agreed_at = ?""",
                source.name(), settlement.resolution().name(), settlement.refundAmount(), settlement.fullRefund(),
                refundKey, number, Timestamp.from(agreedAt));
        records.appendTimeline(disputeId, DisputeRecords.SYSTEM, source.name() + "_SETTLED",
                CaseWords.settlement(source, settlement, dispute.currency(), freightPayer));
        return new Execution(source, settlement, refundKey, number, agreedAt);
    }

    /**
     * The payment provider declined the refund and a supervisor retries it: a new payment request under a new key,
     * so the provider does not answer it with the earlier refusal.
     */
    @Transactional
    public String retryRefund(String disputeId, String supervisor) {
        Execution execution = records.get(disputeId).decisions().execution();
        if (execution == null) {
            throw new IllegalStateException("Dispute " + disputeId + " has no settled refund to retry");
        }
        String key = execution.refundKey() + "-retry";
        update(disputeId, "refund_key = ?", key);
        records.appendTimeline(disputeId, supervisor, "REFUND_RETRIED", "The declined refund is requested again");
        return key;
    }

    /** The buyer filed the return's carrier and tracking number (R13). */
    @Transactional
    public void recordReturnShipment(String disputeId, String buyer, String carrier, String trackingNumber) {
        update(disputeId, "return_carrier = ?, return_tracking_number = ?", carrier, trackingNumber);
        records.appendTimeline(disputeId, buyer, "RETURN_SHIPPED", carrier + " " + trackingNumber);
    }

    /** How the return leg ended (R13-R16). */
    @Transactional
    public void recordReturnOutcome(String disputeId, ReturnOutcome outcome) {
        update(disputeId, "return_outcome = ?", outcome.name());
        records.appendTimeline(disputeId, DisputeRecords.SYSTEM, "RETURN_" + outcome.name(),
                "Return: " + outcome.label());
    }

    /** The timeline action of a change made to the dispute's process from outside (Cockpit, the engine's REST API). */
    public static final String ADMINISTRATIVE_CHANGE = "ADMINISTRATIVE_CHANGE";

    /**
     * Someone changed the dispute's running process directly, in Cockpit or over the engine's REST API (a variable,
     * the process's position, a cancellation, a job), not through a step of the process or DisputeFlow's API:
     * {@code actor} is the user's id, {@code text} says in words what changed and by whom.
     */
    @Transactional
    public void recordAdministrativeChange(String disputeId, String actor, String text) {
        String detail = text.length() <= MAX_TIMELINE_DETAIL ? text
                : text.substring(0, MAX_TIMELINE_DETAIL - 1) + "…";
        records.appendTimeline(disputeId, actor, ADMINISTRATIVE_CHANGE, detail);
    }

    /** The longest detail a timeline entry holds (the column's size). */
    private static final int MAX_TIMELINE_DETAIL = 4000;

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private void update(String disputeId, String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 1];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = disputeId;
        if (records.update(disputeId, assignments + ", version = version + 1 WHERE id = ?", arguments).isEmpty()) {
            throw new UnknownDisputeException(disputeId);
        }
    }
}
