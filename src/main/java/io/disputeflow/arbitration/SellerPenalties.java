package io.disputeflow.arbitration;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.persistence.InsertOnce;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Penalties against stores (R12): one per dispute at most. */
@Repository
public class SellerPenalties {

    private final JdbcTemplate jdbc;
    private final DisputeRecords disputes;
    private final Clock clock;
    private final InsertOnce insertOnce;

    public SellerPenalties(JdbcTemplate jdbc, DisputeRecords disputes, Clock clock, InsertOnce insertOnce) {
        this.jdbc = jdbc;
        this.disputes = disputes;
        this.clock = clock;
        this.insertOnce = insertOnce;
    }

    /** @return true when recorded now, false when this dispute's penalty was recorded before */
    @Transactional
    public boolean record(String disputeId, String storeId, String reason) {
        if (!insertOnce.insert("INSERT INTO store_penalty (dispute_id, store_id, recorded_at, reason) VALUES (?, ?, ?, ?)",
                disputeId, storeId, Timestamp.from(clock.instant()), reason)) {
            return false;
        }
        disputes.appendTimeline(disputeId, DisputeRecords.SYSTEM, "SELLER_PENALISED", reason);
        return true;
    }

    public int countForStore(String storeId) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM store_penalty WHERE store_id = ?", Integer.class,
                storeId);
        return count == null ? 0 : count;
    }
}
