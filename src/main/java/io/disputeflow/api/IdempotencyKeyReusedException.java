package io.disputeflow.api;

/** An Idempotency-Key came back with a different request than the one it was first used for. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request: use a new key for each "
                + "new request, and the same key only to repeat a request exactly");
    }
}
