package io.disputeflow.dispute;

/** R17: who pays the return freight, as the classification decides it (SELLER, BUYER or NEGOTIATED). */
public final class ReturnFreight {

    private ReturnFreight() {
    }

    /** "the seller" or "the buyer"; null when buyer and seller negotiate it (or nothing is classified yet). */
    public static String payer(String code) {
        if ("SELLER".equals(code)) {
            return "the seller";
        }
        return "BUYER".equals(code) ? "the buyer" : null;
    }
}
