package io.disputeflow.evidence;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.Money;

/** The short case summary agents and arbitrators read at the top of every form. */
public final class CaseFiles {

    private CaseFiles() {
    }

    public static String summary(DisputeRecord dispute, String evidenceToCollect) {
        StringBuilder text = new StringBuilder()
                .append("Order ").append(dispute.orderId())
                .append(" · paid ").append(Money.format(dispute.paidAmount())).append(' ').append(dispute.currency())
                .append(" · buyer asks ").append(Money.format(dispute.requestedAmount())).append(' ')
                .append(dispute.currency())
                .append(dispute.returnOffered() ? " with return" : "")
                .append(" · reason ").append(dispute.reason());
        if (dispute.carrier() != null) {
            text.append(" · shipped with ").append(dispute.carrier());
            if (dispute.trackingNumber() != null) {
                text.append(' ').append(dispute.trackingNumber());
            }
        }
        if (evidenceToCollect != null && !evidenceToCollect.isBlank()) {
            text.append(" · evidence to collect: ").append(evidenceToCollect);
        }
        return text.toString();
    }
}
