package io.disputeflow.negotiation;

import java.math.BigDecimal;

/** The seller's validated answer to a refund request (R2, R4, R5, R6). */
public record SellerResponse(Decision decision, CounterOfferType counterOfferType, BigDecimal counterOfferAmount,
                             String message) {

    public enum Decision { ACCEPT, REJECT, COUNTER_OFFER }

    public enum CounterOfferType { PARTIAL_REFUND, REFUND_WITH_RETURN, RESEND }
}
