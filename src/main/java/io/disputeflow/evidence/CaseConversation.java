package io.disputeflow.evidence;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The case's conversation for the forms, from the dispute's timeline: the buyer's request and modifications, every
 * seller answer and counter-offer with its message, the buyer's answers, the escalation and its cause, evidence of
 * both sides, the ruling and what is executed, oldest first, in words with names and times in UTC. Status changes
 * and bookkeeping stay out; when it grows too long, the oldest entries make way.
 */
final class CaseConversation {

    /** Timeline entries that are bookkeeping, not part of what the parties said and decided. */
    private static final Set<String> BOOKKEEPING = Set.of("CASE_FILE_BUILT", "MESSAGE_TO_BUYER", "SUPERVISOR_ALERTED");

    private CaseConversation() {
    }

    static String of(DisputeRecord dispute, List<TimelineEntry> timeline) {
        return of(dispute, timeline, UnaryOperator.identity());
    }

    /** As {@link #of(DisputeRecord, List)}, naming people by {@code names} (e.g. "anna" → "Anna Agent"). */
    static String of(DisputeRecord dispute, List<TimelineEntry> timeline, UnaryOperator<String> names) {
        List<String> lines = new ArrayList<>();
        for (TimelineEntry entry : timeline) {
            if (!BOOKKEEPING.contains(entry.action()) && !entry.action().startsWith("STATUS_")) {
                lines.add(line(dispute, entry, names));
            }
        }
        if (lines.isEmpty()) {
            return CaseFileTexts.NONE_YET;
        }
        int first = 0;
        int length = lines.stream().mapToInt(line -> line.length() + 1).sum();
        while (length > CaseFileTexts.MAX_LENGTH - 80 && first < lines.size() - 1) {
            length -= lines.get(first).length() + 1;
            first++;
        }
        StringBuilder text = new StringBuilder();
        if (first > 0) {
            text.append("- … ").append(first).append(first == 1 ? " earlier entry" : " earlier entries")
                    .append(" in the dispute's timeline\n");
        }
        return text.append(String.join("\n", lines.subList(first, lines.size()))).toString();
    }

    private static String line(DisputeRecord dispute, TimelineEntry entry, UnaryOperator<String> names) {
        return "- " + CaseFileTexts.time(entry.occurredAt()) + " · **"
                + CaseFileTexts.escape(who(dispute, entry.actor(), names)) + ":** " + CaseFileTexts.escape(words(entry));
    }

    private static String who(DisputeRecord dispute, String actor, UnaryOperator<String> names) {
        if (DisputeRecords.SYSTEM.equals(actor)) {
            return "DisputeFlow";
        }
        return actor.equals(dispute.buyerId()) || "buyer".equals(actor) ? "Buyer" : names.apply(actor);
    }

    private static String words(TimelineEntry entry) {
        String detail = entry.detail() == null ? "" : entry.detail();
        return switch (entry.action()) {
            case "OPENED" -> "Opened the " + detail.replaceFirst("^Refund request", "refund request");
            case "RETURN_SHIPPED" -> "Shipped the return: " + detail;
            case "ARBITRATION_TAKEN_UP" -> "Took up the case as arbitrator";
            case "SELLER_PENALISED" -> "Penalty recorded against the store: " + detail;
            case "REFUND_PAID" -> "Refund paid: " + detail.replaceFirst(" \\(.*\\)$", "");
            case "CLOSED_REFUNDED", "CLOSED_CLOSED_NO_REFUND", "CLOSED_CANCELLED" -> "Dispute closed (" + detail + ")";
            default -> detail.isBlank() ? CaseFileTexts.capitalised(entry.action().replace('_', ' ')
                    .toLowerCase(java.util.Locale.ROOT)) : detail;
        };
    }
}
