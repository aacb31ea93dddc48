package io.disputeflow.evidence;

import java.time.Instant;

/** One piece of evidence on a dispute; the file is found by its SHA-256. */
public record EvidenceItem(long id, String disputeId, Party party, Kind kind, String fileName, String contentType,
                           long sizeBytes, String sha256, String note, Instant uploadedAt, String uploadedBy) {

    public enum Party { BUYER, SELLER, PLATFORM }

    public enum Kind {
        PHOTO, VIDEO, WEIGHT_DEDUCTION_SCREENSHOT, DELIVERY_SIGNATURE_PROOF, CHAT_LOG, CARRIER_NOTICE, OTHER
    }
}
