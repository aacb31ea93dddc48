package io.disputeflow.metrics;

import io.disputeflow.persistence.InsertOnce;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The orders each store shipped per day (UTC), as the marketplace's order system reports them: R18's denominator. */
@Repository
public class OrderVolumes {

    /** One reported day. */
    public record DailyVolume(String storeId, LocalDate date, long ordersShipped, Instant reportedAt,
                              String reportedBy) {
    }

    /** A quarter's reported days: how many, their orders, and how many of the days passed so far have no report. */
    public record QuarterVolume(int daysReported, long orders, int daysPassed, int daysMissing) {
    }

    private final JdbcTemplate jdbc;
    private final InsertOnce insertOnce;

    public OrderVolumes(JdbcTemplate jdbc, InsertOnce insertOnce) {
        this.jdbc = jdbc;
        this.insertOnce = insertOnce;
    }

    /** Stores the day's orders, replacing an earlier report of the day. @return true when the day was new */
    @Transactional
    public boolean report(DailyVolume volume) {
        Object[] values = {volume.ordersShipped(), Timestamp.from(volume.reportedAt()), volume.reportedBy(),
                volume.storeId(), Date.valueOf(volume.date())};
        if (update(values) > 0) {
            return false;
        }
        boolean inserted = insertOnce.insert("""
                INSERT INTO store_daily_order_volume (orders_shipped, reported_at, reported_by, store_id, shipped_on)
                VALUES (?, ?, ?, ?, ?)""", values);
        if (!inserted) {
            update(values); // a concurrent report of the same day came first; the last one wins, as with a PUT
        }
        return inserted;
    }

    /** The quarter's reported days up to {@code now}; days not yet passed are not missing. */
    public QuarterVolume of(String storeId, Quarter quarter, Instant now) {
        LocalDate start = LocalDate.ofInstant(quarter.start(), ZoneOffset.UTC);
        LocalDate end = LocalDate.ofInstant(quarter.end(), ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate passedUntil = today.isBefore(end) ? today : end;
        int daysPassed = passedUntil.isAfter(start) ? (int) (passedUntil.toEpochDay() - start.toEpochDay()) : 0;
        return jdbc.queryForObject("""
                SELECT count(*) AS days, COALESCE(SUM(orders_shipped), 0) AS orders,
                       COALESCE(SUM(CASE WHEN shipped_on < ? THEN 1 ELSE 0 END), 0) AS passed_days
                FROM store_daily_order_volume WHERE store_id = ? AND shipped_on >= ? AND shipped_on < ?""",
                (rs, row) -> new QuarterVolume(rs.getInt("days"), rs.getLong("orders"), daysPassed,
                        daysPassed - rs.getInt("passed_days")),
                Date.valueOf(passedUntil), storeId, Date.valueOf(start), Date.valueOf(end));
    }

    private int update(Object[] values) {
        return jdbc.update("""
                UPDATE store_daily_order_volume SET orders_shipped = ?, reported_at = ?, reported_by = ?
                WHERE store_id = ? AND shipped_on = ?""", values);
    }
}
