package io.disputeflow.refund;

/** The payment provider that moves the refund to the buyer. Calls with the same idempotency key pay once. */
public interface RefundGateway {

    /**
     * @throws RefundDeclinedException when the provider refuses the refund for a business reason
     * @throws RefundProviderUnavailableException when the provider cannot be reached or gives no usable answer
     */
    RefundReceipt release(RefundOrder order);
}
