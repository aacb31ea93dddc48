package io.disputeflow.storefront;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A webhook endpoint to register. */
public record WebhookEndpointRequest(
        @Schema(example = "https://shop.example.com/disputeflow/events",
                description = "Absolute https URL that receives the events by POST")
        @NotBlank(message = "is required") @Size(max = 2000, message = "may have at most 2000 characters")
        String url,
        @Schema(example = "Order service, production")
        @Size(max = 500, message = "may have at most 500 characters")
        String description,
        @Schema(example = "[\"store-aurora-gadgets\"]",
                description = "Only these stores' events; leave out for every store of the storefront")
        List<String> storeIds) {
}
