package io.disputeflow.dispute;

import java.math.BigDecimal;

/**
 * The seller's validated answer to a refund request (R2, R4-R6): for a counter-offer its type and, unless it is a
 * resend, its amount; the message the buyer reads (required when rejecting).
 */
public record SellerAnswer(SellerDecision decision, CounterOfferType counterOfferType, BigDecimal counterOfferAmount,
                           String message) {

    public boolean isCounterOffer() {
        return decision == SellerDecision.COUNTER_OFFER;
    }
}
