package io.disputeflow.dispute;

/** An arbitration supervisor's decision on a refund the payment provider declined (form field {@code declinedRefundAction}). */
public enum DeclinedRefundAction implements Labelled {
    RETRY("retry the refund as a new payment request"),
    CLOSE("close the dispute without refund");

    private final String label;

    DeclinedRefundAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
