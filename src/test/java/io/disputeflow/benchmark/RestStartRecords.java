package io.disputeflow.benchmark;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dispute records of the REST start baseline. Camunda's REST start creates no dispute record, but the process's
 * steps (classification, evidence, status listeners) work on one: without it they fail and the baseline would do
 * less work than intake. So the harness inserts the records ahead of the requests, in blocks, as its own database
 * role (not counted in the cost); each request starts the process for the next one.
 */
final class RestStartRecords {

    private static final int BLOCK = 500;
    private static final String INSERT = """
            INSERT INTO dispute (id, order_id, store_id, buyer_id, buyer_language, reason, description, status,
                currency, paid_amount, requested_amount, return_offered, shipped_at, promised_delivery_days,
                protection_ends_at, carrier, tracking_number, opened_at, open_order_id)
            SELECT ? || g, ? || g, ?, 'buyer-' || ? || g, 'en', 'DEFECTIVE', 'Not what I ordered', 'AWAITING_SELLER',
                'USD', 40.00, 25.00, false, now() - interval '10 days', 15, now() + interval '40 days', 'Cainiao',
                'LP-' || ? || g, now(), ? || g
            FROM generate_series(?, ?) g""";

    private final JdbcTemplate harness;
    private final String prefix;
    private final AtomicLong taken = new AtomicLong();
    private long inserted;

    /** Inserts {@code ahead} records now (before the measured window). */
    RestStartRecords(JdbcTemplate harness, String prefix, int ahead) {
        this.harness = harness;
        this.prefix = prefix;
        insertUpTo(ahead);
    }

    /** The id of the next dispute record to start a process for; inserts another block when they ran out. */
    String next() {
        long number = taken.incrementAndGet();
        if (number > inserted()) {
            insertUpTo(number + BLOCK);
        }
        return disputeId(number);
    }

    private String disputeId(long number) {
        return "RS-" + prefix + number;
    }

    private synchronized long inserted() {
        return inserted;
    }

    private synchronized void insertUpTo(long last) {
        if (last <= inserted) {
            return;
        }
        String ids = "RS-" + prefix;
        harness.update(INSERT, ids, "O-" + ids, BenchmarkAccounts.STORE, ids, ids, "O-" + ids, inserted + 1, last);
        inserted = last;
    }
}
