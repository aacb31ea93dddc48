package io.disputeflow.store;

import io.disputeflow.problem.Problem;

/** No store has this id. */
public class UnknownStoreException extends RuntimeException implements Problem {

    public UnknownStoreException(String storeId) {
        super("No store with id " + storeId + ": check the store id");
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public String type() {
        return "store-not-found";
    }

    @Override
    public String title() {
        return "No such store";
    }
}
