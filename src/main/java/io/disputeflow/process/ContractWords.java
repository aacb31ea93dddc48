package io.disputeflow.process;

import io.disputeflow.process.ProcessModel.Errors;
import io.disputeflow.process.ProcessModel.Messages;
import io.disputeflow.process.ProcessModel.Steps;
import io.disputeflow.process.ProcessModel.Tasks;
import java.util.Map;

/**
 * What the application does with each element of the model contract, in words for the process owner who is told
 * that a deployment broke it. An element without words here is still checked; its problem just says less.
 */
final class ContractWords {

    private static final Map<String, String> TASKS = Map.of(
            Tasks.RESPOND_TO_DISPUTE, "the application opens it for the seller's answer (R2)",
            Tasks.TAKE_UP_ARBITRATION_CASE, "the arbitrators' queue in Tasklist lists it for taking up a case (R10)",
            Tasks.RULE_ON_DISPUTE, "the arbitrator rules on the dispute in it (R11)",
            Tasks.ASSIGN_OVERDUE_ARBITRATION_CASE, "an arbitration supervisor assigns an overdue case in it (R10)",
            Tasks.CONFIRM_RETURN_RECEIPT, "the seller confirms the returned goods in it (R14)",
            Tasks.RESOLVE_DECLINED_REFUND, "an arbitration supervisor decides in it what happens to a declined refund",
            Tasks.REVIEW_ABUSE_REPORT, "an arbitration supervisor reviews the seller's abuse report in it",
            Tasks.SEND_BUYER_CARE_UPDATE,
            "the seller's agent updates the buyer on a parcel without tracking news in it");

    private static final Map<String, String> MESSAGES = Map.of(
            Messages.BUYER_MODIFIED_DISPUTE, "the application delivers the buyer's modified request with it (R3)",
            Messages.BUYER_ACCEPTED_COUNTER_OFFER, "the application delivers the buyer's acceptance of a counter-offer "
                    + "with it (R4)",
            Messages.BUYER_REJECTED_COUNTER_OFFER, "the application delivers the buyer's rejection of a counter-offer "
                    + "with it (R4)",
            Messages.BUYER_ESCALATED, "the application delivers the buyer's escalation to arbitration with it (R6)",
            Messages.BUYER_CANCELLED, "the application delivers the buyer's cancellation with it (R9)",
            Messages.RETURN_SHIPPED, "the application delivers the buyer's return tracking number with it (R13)");

    private static final Map<String, String> STEPS = Map.of(
            Steps.SETTLE_AGREEMENT, "the application settles the agreement and fixes the refund's key in it (R5, R19)",
            Steps.SELLER_ACCEPTED, "a buyer's cancellation is refused while it is due or retried, as it settles and "
                    + "pays the refund (R9, R19)",
            Steps.AGREED_ON_COUNTER_OFFER, "a buyer's cancellation is refused while it is due or retried, as it "
                    + "settles and pays the refund (R9, R19)",
            Steps.APPLY_RULING, "a buyer's cancellation is refused while it is due or retried, as it pays the "
                    + "refund (R9, R19)");

    private static final Map<String, String> ERRORS = Map.of(
            Errors.REFUND_DECLINED, "the refund step throws it when the payment provider declines a refund");

    private ContractWords() {
    }

    static String task(String id) {
        return TASKS.getOrDefault(id, "the application finds it by this id");
    }

    static String step(String id) {
        return STEPS.getOrDefault(id, "the application finds it by this id");
    }

    static String timer(String id) {
        if (DeadlineCatalog.isInternal(id)) {
            return "the application reminds people in time with it";
        }
        return DeadlineCatalog.meaningOf(id)
                .map(meaning -> "it is the deadline \"" + meaning.what() + "\" (" + meaning.rule()
                        + ") that the application shows the parties")
                .orElse("the application finds it by this id");
    }

    static String message(String name) {
        return MESSAGES.getOrDefault(name, "the application sends it to running disputes");
    }

    static String error(String code) {
        return ERRORS.getOrDefault(code, "the application throws it");
    }
}
