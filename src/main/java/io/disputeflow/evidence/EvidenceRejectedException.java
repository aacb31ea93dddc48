package io.disputeflow.evidence;

/** An upload refused before anything was stored; names the offending field and says what to do. */
public class EvidenceRejectedException extends RuntimeException {

    private final String field;

    public EvidenceRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
