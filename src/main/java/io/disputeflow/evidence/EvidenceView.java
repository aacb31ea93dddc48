package io.disputeflow.evidence;

import java.time.Instant;

/** A piece of evidence as the API lists it; {@code href} downloads the file. */
public record EvidenceView(long id, String party, String kind, String fileName, String contentType, long sizeBytes,
                           String sha256, String note, Instant uploadedAt, String uploadedBy, String href) {

    static EvidenceView of(EvidenceItem item) {
        return new EvidenceView(item.id(), item.party().name(), item.kind().name(), item.fileName(),
                item.contentType(), item.sizeBytes(), item.sha256(), item.note(), item.uploadedAt(), item.uploadedBy(),
                "/api/disputes/" + item.disputeId() + "/evidence/" + item.id());
    }
}
