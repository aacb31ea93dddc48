package io.disputeflow.evidence;

import io.disputeflow.dispute.CaseDecisions;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.Money;
import io.disputeflow.dispute.ReasonCode;
import io.disputeflow.dispute.ReturnFreight;
import io.disputeflow.dispute.SettlementSource;
import io.disputeflow.evidence.EvidenceItem.Party;
import io.disputeflow.logistics.TrackingFacts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.web.util.UriUtils;

/**
 * The case-file texts the Tasklist forms show, as Markdown (form-js renders text components as Markdown after
 * filling in {@code {{variables}}}). Every text stays below Camunda's 4000-character limit for string variables;
 * anything the buyer, seller or carrier typed is escaped so that it cannot turn into links or headings.
 */
public final class CaseFileTexts {

    /** Camunda keeps string variables in a 4000-character column; stay well below it. */
    static final int MAX_LENGTH = 3800;
    static final int MAX_NOTE_LENGTH = 160;
    static final String NONE_YET = "none yet";

    /** "3 Dec 2026, 16:40 UTC": the month in words, so that no reader mistakes day and month. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private CaseFileTexts() {
    }

    /**
     * The buyer's own words (the dispute's description), each line a paragraph, escaped so that Markdown shows them
     * as typed (no links, headings or lists); "(no message)" when there is none.
     */
    public static String buyerMessage(DisputeRecord dispute) {
        String text = dispute.description();
        if (text == null || text.isBlank()) {
            return "(no message)";
        }
        String paragraphs = text.strip().lines().filter(line -> !line.isBlank()).map(CaseFileTexts::escapeLine)
                .collect(java.util.stream.Collectors.joining("\n\n"));
        return cut(paragraphs, MAX_LENGTH);
    }

    /** Order, amounts, reason and shipment of the dispute as a Markdown list. */
    public static String orderFacts(DisputeRecord dispute) {
        return orderFacts(dispute, dispute.storeId());
    }

    /** Order, amounts, reason and shipment of the dispute as a Markdown list, naming the store. */
    public static String orderFacts(DisputeRecord dispute, String storeName) {
        String currency = " " + escape(dispute.currency());
        StringBuilder text = new StringBuilder()
                .append("- **Order:** ").append(escape(dispute.orderId()))
                .append(" (").append(escape(storeName)).append(")\n")
                .append("- **Paid:** ").append(Money.format(dispute.paidAmount())).append(currency)
                .append(" · **buyer asks:** ").append(Money.format(dispute.requestedAmount())).append(currency)
                .append(dispute.returnOffered() ? " (offers to return the goods)" : " (no return offered)").append('\n')
                .append("- **Reason:** ").append(escape(ReasonCode.labelOf(dispute.reason()))).append('\n');
        if (dispute.shippedAt() != null) {
            text.append("- **Shipped:** ").append(TIME.format(dispute.shippedAt()));
            if (dispute.promisedDeliveryDays() > 0) {
                text.append(" · promised delivery within ").append(dispute.promisedDeliveryDays()).append(" days (by ")
                        .append(DAY.format(dispute.shippedAt().plus(dispute.promisedDeliveryDays(), ChronoUnit.DAYS)))
                        .append(')');
            }
            text.append('\n');
        }
        if (dispute.protectionEndsAt() != null) {
            text.append("- **Buyer protection ends:** ").append(TIME.format(dispute.protectionEndsAt())).append('\n');
        }
        text.append("- **Carrier:** ").append(dispute.carrier() == null ? "not given" : escape(dispute.carrier()))
                .append(" · **tracking number:** ")
                .append(dispute.trackingNumber() == null ? "not given" : escape(dispute.trackingNumber()));
        CaseDecisions.ReturnLeg returnLeg = dispute.decisions().returnLeg();
        if (returnLeg != null && returnLeg.trackingNumber() != null) {
            text.append("\n- **Return parcel (from the buyer):** ").append(escape(returnLeg.carrier()))
                    .append(" · **tracking number:** ").append(escape(returnLeg.trackingNumber()));
        }
        return text.toString();
    }

    /**
     * The seller's abuse report against the buyer: who reported, when, why (escaped), how often the buyer has been
     * reported in all, and the supervisor's finding; null when the buyer was not reported in this dispute.
     */
    public static String abuseReport(CaseDecisions.AbuseReport report, int reportsOfBuyer) {
        return abuseReport(report, reportsOfBuyer, UnaryOperator.identity());
    }

    /** As {@link #abuseReport(CaseDecisions.AbuseReport, int)}, naming the reporter by {@code names}. */
    public static String abuseReport(CaseDecisions.AbuseReport report, int reportsOfBuyer, UnaryOperator<String> names) {
        if (report == null) {
            return null;
        }
        StringBuilder text = new StringBuilder("**The seller reported the buyer for abuse** (")
                .append(escape(names.apply(report.reportedBy()))).append(", ").append(TIME.format(report.reportedAt())).append("): ")
                .append(escape(cut(report.reason(), 1500)));
        if (reportsOfBuyer > 1) {
            text.append("\n\nThis buyer has been reported ").append(reportsOfBuyer).append(" times in all.");
        }
        text.append("\n\n**Supervisor's review:** ").append(report.confirmed() == null ? "pending"
                : report.confirmed() ? "confirmed" : "found unfounded").append('.');
        return text.toString();
    }

    /** What the parcel's tracking says, in one paragraph. */
    public static String trackingFacts(DisputeRecord dispute, TrackingFacts facts) {
        if (dispute.carrier() == null || dispute.trackingNumber() == null) {
            return "No carrier or tracking number on file.";
        }
        String parcel = escape(dispute.carrier()) + " " + escape(dispute.trackingNumber());
        if (facts == null || facts.lastUpdateAt() == null) {
            return "No tracking events received yet for " + parcel + ".";
        }
        StringBuilder text = new StringBuilder("Last update of ").append(parcel).append(": ")
                .append(TIME.format(facts.lastUpdateAt()));
        if (facts.lastLocation() != null && !facts.lastLocation().isBlank()) {
            text.append(" at ").append(escape(facts.lastLocation()));
        }
        if (facts.daysWithoutUpdate() != null) {
            text.append(" (").append(facts.daysWithoutUpdate())
                    .append(facts.daysWithoutUpdate() == 1 ? " day" : " days").append(" without update)");
        }
        text.append('.');
        if (facts.deliveredAt() != null) {
            text.append(" Delivered ").append(TIME.format(facts.deliveredAt())).append(", ")
                    .append(facts.signaturePresent() ? "signed for." : "no signature recorded.");
        } else {
            text.append(" Not delivered.");
        }
        return text.toString();
    }

    /**
     * The evidence one party filed, oldest first, one Markdown list item each: kind, the file name as a download
     * link, who filed it, when, and the note. {@value #NONE_YET} when the party has filed nothing.
     */
    public static String evidenceList(String disputeId, List<EvidenceItem> items, Party party) {
        return evidenceList(disputeId, items, party, UnaryOperator.identity());
    }

    /** As {@link #evidenceList(String, List, Party)}, naming the people who filed by {@code names}. */
    public static String evidenceList(String disputeId, List<EvidenceItem> items, Party party,
                                      UnaryOperator<String> names) {
        List<EvidenceItem> filed = items.stream().filter(item -> item.party() == party).toList();
        if (filed.isEmpty()) {
            return NONE_YET;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < filed.size(); i++) {
            String line = line(disputeId, filed.get(i), names);
            int left = filed.size() - i;
            String more = "- … and " + left + " more: see " + listHref(disputeId);
            if (text.length() + line.length() + 1 + more.length() > MAX_LENGTH) {
                text.append(more);
                return text.toString();
            }
            text.append(line).append('\n');
        }
        return text.substring(0, text.length() - 1);
    }

    static String line(String disputeId, EvidenceItem item, UnaryOperator<String> names) {
        StringBuilder line = new StringBuilder("- ").append(kind(item.kind()))
                .append(": [").append(escape(item.fileName())).append("](").append(href(disputeId, item.id())).append(')')
                .append(" · ").append(filedBy(item, names))
                .append(" · ").append(TIME.format(item.uploadedAt()));
        if (item.note() != null && !item.note().isBlank()) {
            line.append(" · ").append(escape(cut(item.note().strip(), MAX_NOTE_LENGTH)));
        }
        return line.toString();
    }

    /** Buyers file through the storefront: its account is not the person who filed. */
    private static String filedBy(EvidenceItem item, UnaryOperator<String> names) {
        if (item.party() == Party.BUYER) {
            return "the buyer";
        }
        return item.uploadedBy() == null ? "unknown" : escape(names.apply(item.uploadedBy()));
    }

    /** Where the file is downloaded: the marketplace API, which Tasklist users reach with their webapp session. */
    public static String href(String disputeId, long evidenceId) {
        return listHref(disputeId) + "/" + evidenceId;
    }

    static String listHref(String disputeId) {
        return "/api/disputes/" + UriUtils.encodePathSegment(disputeId, StandardCharsets.UTF_8)
                .replace("(", "%28").replace(")", "%29") + "/evidence";
    }

    /** "WEIGHT_DEDUCTION_SCREENSHOT" → "Weight deduction screenshot". */
    static String kind(EvidenceItem.Kind kind) {
        String words = kind.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The classification's category as people read it: "logistics" → "Shipping and delivery". */
    public static String categoryLabel(String category) {
        if (category == null || category.isBlank()) {
            return "not classified yet";
        }
        return switch (category) {
            case "logistics" -> "Shipping and delivery";
            case "product" -> "The product itself";
            default -> capitalised(category.replace('_', ' ').toLowerCase(Locale.ROOT));
        };
    }

    /**
     * The buyer's return as the seller confirms it: the return parcel's carrier and tracking number (not the outbound
     * parcel's), when the buyer filed it, and what confirming its receipt refunds; null before the buyer ships.
     */
    public static String returnFacts(DisputeRecord dispute, Instant returnFiledAt) {
        CaseDecisions.ReturnLeg leg = dispute.decisions().returnLeg();
        if (leg == null || leg.trackingNumber() == null) {
            return null;
        }
        StringBuilder text = new StringBuilder("- **Return parcel:** ").append(escape(leg.carrier()))
                .append(" · **tracking number:** ").append(escape(leg.trackingNumber()));
        if (returnFiledAt != null) {
            text.append(" (filed by the buyer ").append(TIME.format(returnFiledAt)).append(')');
        }
        CaseDecisions.Execution execution = dispute.decisions().execution();
        text.append("\n- **Confirming receipt refunds the buyer:** ");
        if (execution != null && execution.refundAmount() != null) {
            text.append(Money.format(execution.refundAmount())).append(' ').append(escape(dispute.currency()))
                    .append(" (paid ").append(Money.format(dispute.paidAmount())).append(' ')
                    .append(escape(dispute.currency())).append(execution.source() == SettlementSource.RULING ? ", as ruled" : ", as agreed").append(')');
        } else {
            text.append("the agreed amount");
        }
        return text.toString();
    }

    /** Who pays return freight (R17), as the DMN's SELLER, BUYER or NEGOTIATED reads to people. */
    public static String freightPayer(String payer) {
        String who = ReturnFreight.payer(payer);
        return who == null ? "as buyer and seller agree" : who + " pays";
    }

    /** "the buyer escalated" → "The buyer escalated". */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    /**
     * Plain text that Markdown (GFM, as Tasklist's form-js renders it) shows as typed inside a line (never at its
     * start): no links, autolinks, emphasis, code or HTML.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
            // ':' and '@' too: Tasklist renders with GFM, which turns bare URLs and e-mail addresses into links
            if ("\\`*_[]()<>~:@".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString().replaceAll("(?i)\\b(www)\\.", "$1\\\\.");
    }

    /** Like {@link #escape} for text at the start of a line: no heading, quote, list or rule either. */
    static String escapeLine(String line) {
        String escaped = escape(line.strip());
        if (!escaped.isEmpty() && "#>+=|-".indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        return escaped.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
