package io.disputeflow.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.support.PostgresSpringTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the dispute table's pages keep room for updates (db/vendor/postgresql): an update that changes no
 * indexed column stays on its page without new index entries (HOT), however full the table is.
 */
@PostgresSpringTest
class DisputeFillfactorPostgresTest {

    private static final int DISPUTES = 60;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void updatesOfTheEventSequenceOfFreshDisputesAreHotUpdates() {
        assertThat(jdbc.queryForObject("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'dispute'",
                String.class)).contains("fillfactor=70");

        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            Timestamp now = Timestamp.from(Instant.parse("2026-11-02T09:00:00Z"));
            for (int n = 0; n < DISPUTES; n++) {
                jdbc.update("""
                        INSERT INTO dispute (id, order_id, store_id, buyer_id, buyer_language, reason, description,
                            status, currency, paid_amount, requested_amount, return_offered, shipped_at,
                            promised_delivery_days, protection_ends_at, carrier, tracking_number, opened_at)
                        VALUES (?, ?, 'store-aurora-gadgets', 'buyer-fill', 'en', 'DEFECTIVE', ?, 'AWAITING_SELLER',
                            'USD', 40.00, 40.00, false, ?, 15, ?, 'Cainiao', ?, ?)""",
                        "D-FILL-" + n, "O-FILL-" + n, "The parcel arrived broken, the screen is cracked " + n, now,
                        now, "LP-FILL-" + n, now);
            }

            // the connection's counter may still hold earlier transactions' counts (flushed at most once a second)
            long hotBefore = hotUpdates();
            // every third dispute: the new versions of a third of a page's rows fit into the room kept free (in
            // production the page is pruned between the transactions); on pages filled to the brim none would
            int updated = 0;
            for (int n = 0; n < DISPUTES; n += 3) {
                updated += jdbc.update("UPDATE dispute SET event_sequence = event_sequence + 1 WHERE id = ?",
                        "D-FILL-" + n);
            }

            assertThat(updated).isEqualTo(DISPUTES / 3);
            assertThat(hotUpdates() - hotBefore).isEqualTo(DISPUTES / 3);
            status.setRollbackOnly();
        });
    }

    private long hotUpdates() {
        Long hot = jdbc.queryForObject("SELECT pg_stat_get_xact_tuples_hot_updated('dispute'::regclass)", Long.class);
        return hot == null ? 0 : hot;
    }
}
