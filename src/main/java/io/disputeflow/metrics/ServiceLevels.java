package io.disputeflow.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Per store and quarter (disputes opened in the quarter): disputes opened, resolved by negotiation, arbitrated,
 * counted toward the dispute rate (R18), refunds paid, penalties (R12) and the dispute rate.
 */
@Repository
public class ServiceLevels {

    /** The record keeps why a dispute went to arbitration (R18: it counts once the platform intervenes). */
    private static final String ARBITRATED = "d.escalation_cause IS NOT NULL";

    private final JdbcTemplate jdbc;
    private final OrderVolumes volumes;
    private final Clock clock;

    public ServiceLevels(JdbcTemplate jdbc, OrderVolumes volumes, Clock clock) {
        this.jdbc = jdbc;
        this.volumes = volumes;
        this.clock = clock;
    }

    public ServiceLevel of(String storeId, Quarter quarter) {
        Object[] window = {storeId, Timestamp.from(quarter.start()), Timestamp.from(quarter.end())};
        String inQuarter = " FROM dispute d WHERE d.store_id = ? AND d.opened_at >= ? AND d.opened_at < ?";
        int opened = count("SELECT count(*)" + inQuarter, window);
        int arbitrated = count("SELECT count(*)" + inQuarter + " AND " + ARBITRATED, window);
        int negotiated = count("SELECT count(*)" + inQuarter + " AND d.closed_at IS NOT NULL AND d.status <> 'CANCELLED'"
                + " AND NOT " + ARBITRATED, window);
        // R18: a dispute counts once the platform intervenes, whatever the ruling and before it; a closed one as closed
        int counted = count("SELECT count(*)" + inQuarter + " AND (" + ARBITRATED + " OR d.counts_toward_rate)", window);
        int penalties = count("SELECT count(*) FROM store_penalty p JOIN dispute d ON d.id = p.dispute_id"
                + " WHERE d.store_id = ? AND d.opened_at >= ? AND d.opened_at < ?", window);
        OrderVolumes.QuarterVolume reported = volumes.of(storeId, quarter, clock.instant());
        Long orders = reported.daysReported() == 0 ? null : reported.orders();
        BigDecimal rate = orders == null || orders == 0 ? null
                : BigDecimal.valueOf(counted).divide(BigDecimal.valueOf(orders), 6, RoundingMode.HALF_UP);
        return new ServiceLevel(storeId, quarter.toString(), opened, negotiated, arbitrated, counted,
                refundsPaid(window), penalties, orders, rate, reported.daysReported(), reported.daysMissing(),
                volumeWords(quarter, reported));
    }

    /** What the rate lacks, in words; null when every day passed so far is reported. */
    static String volumeWords(Quarter quarter, OrderVolumes.QuarterVolume reported) {
        if (reported.daysReported() == 0) {
            return "the rate needs the quarter's order volumes, none reported for " + quarter + " yet";
        }
        if (reported.orders() == 0) {
            return "no orders shipped on the " + days(reported.daysReported()) + " reported for " + quarter
                    + ": no rate";
        }
        if (reported.daysMissing() > 0) {
            return "order volumes missing for " + reported.daysMissing() + " of the " + days(reported.daysPassed())
                    + " of " + quarter + " so far: the rate divides by the reported days' orders only, so it reads high";
        }
        return null;
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private Map<String, BigDecimal> refundsPaid(Object[] window) {
        Map<String, BigDecimal> byCurrency = new LinkedHashMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT r.currency AS currency, SUM(r.amount) AS total FROM refund r JOIN dispute d ON d.id = r.dispute_id
                WHERE d.store_id = ? AND d.opened_at >= ? AND d.opened_at < ? GROUP BY r.currency ORDER BY r.currency""",
                window);
        rows.forEach(row -> byCurrency.put(row.get("currency").toString().trim(),
                ((BigDecimal) row.get("total")).setScale(2, RoundingMode.UNNECESSARY)));
        return byCurrency;
    }

    private int count(String sql, Object[] arguments) {
        Integer value = jdbc.queryForObject(sql, Integer.class, arguments);
        return value == null ? 0 : value;
    }
}
