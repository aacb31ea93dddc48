package io.disputeflow.refund;

/**
 * The provider's acknowledgement of a refund.
 *
 * @param providerReference the provider's id for the payment; may be null when the provider only reports that
 *                          the key was processed before (409) without naming the payment
 * @param alreadyProcessed  true when an earlier call with the same idempotency key had already paid
 */
public record RefundReceipt(String providerReference, boolean alreadyProcessed) {
}
