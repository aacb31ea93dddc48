package io.disputeflow.buyercare;

/** The reply sequence for parcels without tracking update: apologise, explain, keep informing. */
public enum ReplyLevel {
    /** Apologise, extend buyer protection, give the last known location and date. */
    L1,
    /** After asking the carrier: the reason of the delay, and a full refund or resend if the parcel never arrives. */
    L2,
    /** Follow-up every 1-2 days with news. */
    L3
}
