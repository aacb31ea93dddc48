package io.disputeflow.dispute;

/** Where what is executed comes from: buyer and seller agreed (or the seller stayed silent), or the platform ruled. */
public enum SettlementSource implements Labelled {
    AGREEMENT("agreement"),
    RULING("ruling");

    private final String label;

    SettlementSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
