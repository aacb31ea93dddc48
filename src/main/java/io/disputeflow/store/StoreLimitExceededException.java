package io.disputeflow.store;

/** A company asked for a seventh store. */
public class StoreLimitExceededException extends RuntimeException {

    public StoreLimitExceededException(String companyId, int limit) {
        super("Company " + companyId + " already runs " + limit + " stores, the most a company may run: "
                + "close a store before opening another");
    }
}
