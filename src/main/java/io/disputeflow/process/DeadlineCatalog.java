package io.disputeflow.process;

import io.disputeflow.dispute.Deadline;
import java.time.Instant;

import io.disputeflow.process.ProcessModel.Timers;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What each timer of the models means to the parties: the deadline, its consequence, its rule. */
final class DeadlineCatalog {

    record Meaning(String what, String otherwise, String rule) {
    }

    /** Timers that remind people inside the platform; the buyer's view leaves them out. */
    private static final Set<String> INTERNAL = Set.of(Timers.SELLER_RESPONSE_REMINDER,
            Timers.BUYER_CARE_UPDATE_DUE);

    private static final Map<String, Meaning> MEANINGS = Map.of(
            Timers.SELLER_RESPONSE_DUE, new Meaning("The seller accepts, rejects or counters the refund request",
                    "The buyer's proposal is refunded automatically", "R2"),
            Timers.NEGOTIATION_WINDOW_ENDS, new Meaning("Buyer and seller reach an agreement",
                    "The dispute is escalated to platform arbitration", "R7"),
            Timers.PROTECTION_PERIOD_ENDED, new Meaning("The goods arrive before buyer protection ends",
                    "The dispute is escalated to platform arbitration", "R8"),
            Timers.ARBITRATION_INTAKE_DUE, new Meaning("The platform takes up the case",
                    "An arbitration supervisor assigns the case", "R10"),
            Timers.RETURN_SHIPMENT_DUE, new Meaning("The buyer ships the return and files its tracking number",
                    "The dispute closes without refund", "R13"),
            Timers.RETURN_RECEIPT_DUE, new Meaning("The seller confirms receipt of the return or reports a problem",
                    "The agreed refund is paid automatically", "R15"));

    private DeadlineCatalog() {
    }

    static boolean isInternal(String activityId) {
        return INTERNAL.contains(activityId);
    }

    static Optional<Meaning> meaningOf(String activityId) {
        return Optional.ofNullable(MEANINGS.get(activityId));
    }

    /** The deadline a timer of the models stands for, due at {@code dueAt}; the timer's id when it has no meaning. */
    static Deadline deadline(String activityId, Instant dueAt) {
        return meaningOf(activityId)
                .map(meaning -> new Deadline(meaning.what(), dueAt, meaning.otherwise(), meaning.rule()))
                .orElseGet(() -> new Deadline(activityId, dueAt, null, null));
    }
}
