package io.disputeflow.dispute;

/**
 * The seller's answer in {@code Task_ConfirmReturnReceipt} (form field {@code returnReceipt}): the return arrived as
 * expected (R14), or the seller reports it as not received or as the wrong item (R16).
 */
public enum ReturnReceipt implements Labelled {
    RECEIVED_OK("received as expected"),
    NOT_RECEIVED("not received"),
    WRONG_ITEM("wrong item returned");

    private final String label;

    ReturnReceipt(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
