package io.disputeflow.refund;

/**
 * The provider could not be reached or gave no usable answer (5xx, timeout, connection refused, unreadable
 * body). The job is retried with the same idempotency key and ends in an incident when retries run out.
 */
public class RefundProviderUnavailableException extends RuntimeException {

    public RefundProviderUnavailableException(String message) {
        super(message);
    }

    public RefundProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
