package io.disputeflow.store;

/** No store has this id. */
public class UnknownStoreException extends RuntimeException {

    public UnknownStoreException(String storeId) {
        super("No store with id " + storeId + ": check the store id");
    }
}
