package io.disputeflow.intake;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.dispute.OpeningWindow;
import io.disputeflow.dispute.ReasonCode;
import io.disputeflow.dispute.RefundCeiling;
import io.disputeflow.dispute.RuleViolationException;
import io.disputeflow.dispute.Times;
import io.disputeflow.process.DisputeProcesses;
import io.disputeflow.store.Store;
import io.disputeflow.store.Stores;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens disputes: checks the request against the rules, stores the record and starts its process in one
 * transaction, so a refused or failed request leaves neither a row nor a process instance.
 */
@Service
public class DisputeIntake {

    /** The rule name problem responses give for a store the marketplace does not know. */
    public static final String KNOWN_STORE = "registered-store";
    /** The rule name problem responses give for a store that was closed: it takes no new disputes. */
    public static final String OPEN_STORE = "store-closed";

    private static final Logger LOG = LoggerFactory.getLogger(DisputeIntake.class);

    private final DisputeRecords records;
    private final DisputeProcesses processes;
    private final DisputeNumbers numbers;
    private final Stores stores;
    private final Clock clock;

    public DisputeIntake(DisputeRecords records, DisputeProcesses processes, DisputeNumbers numbers, Stores stores,
                         Clock clock) {
        this.records = records;
        this.processes = processes;
        this.numbers = numbers;
        this.stores = stores;
        this.clock = clock;
    }

    @Transactional
    public DisputeRecord open(OpenDispute request) {
        Instant now = clock.instant();
        Store store = check(request, now);
        DisputeRecord dispute = new DisputeRecord(numbers.next(), request.orderId(), request.storeId(),
                request.buyerId(), request.buyerLanguage(), request.reason(), null, request.description(),
                DisputeStatus.AWAITING_SELLER, request.currency(), request.paidAmount(), request.requestedAmount(),
                request.returnOffered(), request.shippedAt(), request.promisedDeliveryDays(),
                request.protectionEndsAt(), request.carrier(), request.trackingNumber(), now, null, null, null);
        records.insert(dispute);
        processes.start(dispute, store.name());
        LOG.info("Dispute {} opened for order {} of {}: {} {} ({})", dispute.id(), dispute.orderId(),
                dispute.storeId(), dispute.requestedAmount(), dispute.currency(), dispute.reason());
        return dispute;
    }

    /** Refuses a request the rules do not allow; @return the dispute's store, registered and open */
    private Store check(OpenDispute request, Instant now) {
        Stores.Standing standing = stores.standing(request.storeId()).orElseThrow(() -> new RuleViolationException(
                KNOWN_STORE, "storeId", "Store '" + request.storeId()
                        + "' is not registered on the marketplace: check the order's store id"));
        if (standing.closedAt() != null) {
            throw new RuleViolationException(OPEN_STORE, "storeId", "Store '" + request.storeId() + "' was closed on "
                    + Times.utc(standing.closedAt())
                    + " and takes no new disputes; disputes opened before keep running");
        }
        ReasonCode.require("reason", request.reason());
        RefundCeiling.check("requestedRefund.amount", request.requestedAmount(), request.paidAmount(),
                request.currency());
        OpeningWindow.check(request.shippedAt(), request.promisedDeliveryDays(), request.protectionEndsAt(), now);
        return standing.store();
    }
}
