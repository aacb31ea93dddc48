package io.disputeflow.storefront;

import io.disputeflow.problem.Problem;

/** No webhook endpoint with this id that the caller may see. */
public class UnknownWebhookEndpointException extends RuntimeException implements Problem {

    public UnknownWebhookEndpointException(String id) {
        super("No webhook endpoint " + id + " of yours: list yours with GET /api/webhook-endpoints");
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public String type() {
        return "webhook-endpoint-not-found";
    }

    @Override
    public String title() {
        return "No such webhook endpoint";
    }
}
