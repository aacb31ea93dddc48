package io.disputeflow.dispute;

/** How a closed dispute ended (the record's {@code outcome}; set by the end events of DisputeResolution). */
public enum DisputeOutcome implements Labelled {
    FULL_REFUND(DisputeStatus.REFUNDED, "full refund paid"),
    PARTIAL_REFUND(DisputeStatus.REFUNDED, "partial refund paid"),
    RESEND(DisputeStatus.CLOSED_NO_REFUND, "closed: goods sent again"),
    NO_REFUND(DisputeStatus.CLOSED_NO_REFUND, "closed without refund"),
    RETURN_NOT_SHIPPED(DisputeStatus.CLOSED_NO_REFUND, "closed without refund: the return was not shipped in time"),
    REFUND_DECLINED(DisputeStatus.CLOSED_NO_REFUND, "closed: the payment provider declined the refund"),
    CANCELLED_BY_BUYER(DisputeStatus.CANCELLED, "cancelled by the buyer");

    private final DisputeStatus status;
    private final String label;

    DisputeOutcome(DisputeStatus status, String label) {
        this.status = status;
        this.label = label;
    }

    /** The closed status this outcome leaves the dispute in. */
    public DisputeStatus status() {
        return status;
    }

    @Override
    public String label() {
        return label;
    }
}
