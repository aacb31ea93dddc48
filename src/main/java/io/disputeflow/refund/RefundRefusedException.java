package io.disputeflow.refund;

/** A refund that would break R19: more than the buyer paid, counting what was already refunded. */
public class RefundRefusedException extends RuntimeException {

    public RefundRefusedException(String message) {
        super(message);
    }
}
