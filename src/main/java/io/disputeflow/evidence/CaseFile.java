package io.disputeflow.evidence;

import io.disputeflow.logistics.TrackingFacts;
import java.util.Map;

/**
 * What the forms show about a dispute: a one-line summary, the evidence checklist of its reason (e.g. for
 * SHOWS_DELIVERED: weight-deduction screenshot and signature proof present?), the tracking facts and, for parcels
 * without tracking update, the buyer-care replies to send; and the read-only case file as Markdown texts (see
 * {@link CaseFileTexts}): the buyer's message, the order's facts, the tracking facts and each party's evidence with
 * download links, the conversation so far (see {@link CaseConversation}), once escalated, why, and the seller's
 * abuse report against the buyer, if any.
 */
public record CaseFile(String summary, String checklist, int evidenceCount, TrackingFacts tracking,
                       Map<String, String> replies, Texts texts) {

    /**
     * The Markdown texts of the case file, one process variable each; {@code buyerPosition} and {@code sellerPosition}
     * put the two sides next to each other for the arbitrator, {@code returnFacts} is null until the buyer ships a
     * return.
     */
    public record Texts(String buyerMessage, String orderFacts, String trackingFacts, String evidenceOfBuyer,
                        String evidenceOfSeller, String evidenceOfPlatform, String conversation,
                        String escalatedBecause, String abuseReport, String buyerPosition, String sellerPosition,
                        String returnFacts) {
    }
}
