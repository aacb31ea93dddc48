package io.disputeflow.refund;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.persistence.InsertOnce;
import io.disputeflow.dispute.Money;
import io.disputeflow.dispute.RefundCeiling;
import io.disputeflow.dispute.RuleViolationException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays refunds through the {@link RefundGateway} and records them, keyed by an idempotency key (R19): paying the
 * same key twice pays once. The ledger row is written in the caller's transaction (the process engine's), so a
 * crash after the provider paid but before the commit leaves no row; the retry calls the provider again with
 * the same key, which the provider answers as already processed, and the row is written then. A refund never
 * takes the order's refunds above what the buyer paid.
 */
@Repository
public class RefundLedger {

    private final JdbcTemplate jdbc;
    private final DisputeRecords disputes;
    private final Clock clock;
    private final InsertOnce insertOnce;
    private final RefundGateway gateway;
    private final ApplicationEventPublisher events;

    public RefundLedger(JdbcTemplate jdbc, DisputeRecords disputes, Clock clock, InsertOnce insertOnce,
                        RefundGateway gateway, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.disputes = disputes;
        this.clock = clock;
        this.insertOnce = insertOnce;
        this.gateway = gateway;
        this.events = events;
    }

    /**
     * @return true when this call paid, false when the key had been paid before
     * @throws RefundRefusedException when the amount exceeds what is still refundable
     * @throws RefundDeclinedException when the payment provider refuses the refund (a business answer)
     * @throws RefundProviderUnavailableException when the provider cannot be reached (retry later)
     */
    @Transactional
    public boolean pay(String idempotencyKey, String disputeId, BigDecimal amount) {
        DisputeRecord dispute = disputes.get(disputeId);
        Standing standing = standing(idempotencyKey, dispute.orderId());
        if (standing.paid()) {
            return false;
        }
        try {
            RefundCeiling.check("refund", amount, dispute.paidAmount(), standing.refunded(), dispute.currency());
        } catch (RuleViolationException aboveCeiling) {
            if (standing(idempotencyKey, dispute.orderId()).paid()) {
                // another node paid this very refund since our first look: that is the refund we were asked for
                return false;
            }
            throw new RefundRefusedException("Refund for order " + dispute.orderId() + " refused: "
                    + aboveCeiling.getMessage());
        }
        RefundReceipt receipt = gateway.release(
                new RefundOrder(idempotencyKey, disputeId, dispute.orderId(), amount, dispute.currency()));
        boolean paidNow = insertOnce.insert("""
                INSERT INTO refund (idempotency_key, dispute_id, order_id, amount, currency, provider_reference, paid_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                idempotencyKey, disputeId, dispute.orderId(), amount, dispute.currency(),
                receipt.providerReference(), Timestamp.from(clock.instant()));
        if (!paidNow) {
            return false;
        }
        disputes.appendTimeline(disputeId, DisputeRecords.SYSTEM, "REFUND_PAID",
                Money.format(amount) + " " + dispute.currency() + " (" + idempotencyKey + ")");
        events.publishEvent(new RefundPaid(disputeId, amount, dispute.currency()));
        return true;
    }

    /** Whether this key has been paid, and what the order's refunds add up to: one statement. */
    private Standing standing(String idempotencyKey, String orderId) {
        return jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM refund WHERE idempotency_key = ?) AS paid,
                       (SELECT COALESCE(SUM(amount), 0) FROM refund WHERE order_id = ?) AS refunded""",
                (rs, row) -> new Standing(rs.getLong("paid") > 0, rs.getBigDecimal("refunded")), idempotencyKey,
                orderId);
    }

    private record Standing(boolean paid, BigDecimal refunded) {
    }

    public List<PaidRefund> paidRefunds(String disputeId) {
        return jdbc.query("SELECT idempotency_key, amount, currency, paid_at, provider_reference FROM refund "
                        + "WHERE dispute_id = ? ORDER BY id",
                (rs, row) -> new PaidRefund(rs.getString("idempotency_key"), rs.getBigDecimal("amount"),
                        rs.getString("currency").trim(), rs.getTimestamp("paid_at").toInstant(),
                        rs.getString("provider_reference")), disputeId);
    }

    public List<BigDecimal> refundsOfDispute(String disputeId) {
        return jdbc.queryForList("SELECT amount FROM refund WHERE dispute_id = ? ORDER BY id", BigDecimal.class,
                disputeId);
    }
}
