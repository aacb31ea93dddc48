package io.disputeflow.store;

/** A store on the marketplace, run by a company; its id is also its Camunda tenant id. */
public record Store(String id, String companyId, String name) {
}
