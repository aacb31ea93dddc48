package io.disputeflow.refund;

/**
 * The provider refused the refund for a business reason (4xx other than 409). Retrying will not help; the
 * process turns this into a BPMN error.
 */
public class RefundDeclinedException extends RuntimeException {

    private final int status;
    private final String code;
    private final String reason;

    /**
     * @param status the provider's HTTP status
     * @param code   the provider's error code (body field {@code code}), or null
     * @param reason the provider's message, or a description of the status when it gave none
     */
    public RefundDeclinedException(String idempotencyKey, int status, String code, String reason) {
        super("Refund " + idempotencyKey + " declined by the provider (HTTP " + status
                + (code == null ? "" : ", code " + code) + "): " + reason);
        this.status = status;
        this.code = code;
        this.reason = reason;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
