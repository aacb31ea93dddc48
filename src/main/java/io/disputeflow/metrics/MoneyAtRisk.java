package io.disputeflow.metrics;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Money at risk: what the pending automatic outcomes would refund if nobody acts before their deadline, per store,
 * currency and rule. A seller who does not answer (R2) has the buyer's proposal refunded; a seller who neither
 * confirms nor disputes a return's receipt (R15) has the agreed refund paid. Read from the dispute record.
 */
@Repository
public class MoneyAtRisk {

    /** One store's exposure to one rule's automatic refund, in one currency. */
    public record Exposure(String storeId, String currency, String rule, String otherwise, int disputes,
                           BigDecimal amount) {
    }

    private static final String EXPOSURES = """
            SELECT store_id, currency, 'R2' AS rule, count(*) AS disputes, sum(requested_amount) AS amount
              FROM dispute WHERE status = 'AWAITING_SELLER'%1$s GROUP BY store_id, currency
            UNION ALL
            SELECT store_id, currency, 'R15' AS rule, count(*) AS disputes, sum(settled_refund_amount) AS amount
              FROM dispute WHERE status = 'AWAITING_RETURN_RECEIPT' AND settled_refund_amount IS NOT NULL%1$s
             GROUP BY store_id, currency
            ORDER BY 1, 2, 3""";

    private final JdbcTemplate jdbc;

    public MoneyAtRisk(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every store's exposures. */
    public List<Exposure> all() {
        return query(String.format(EXPOSURES, ""));
    }

    /** The exposures of these stores only (a company's, for its supervisors); none for no store. */
    public List<Exposure> ofStores(Collection<String> storeIds) {
        if (storeIds.isEmpty()) {
            return List.of();
        }
        String in = " AND store_id IN (" + storeIds.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")";
        Object[] twice = Stream.concat(storeIds.stream(), storeIds.stream()).toArray();
        return query(String.format(EXPOSURES, in), twice);
    }

    /** Every store's exposure in one currency, summed (one query: a metrics gauge reads it on every scrape). */
    public double total(String currency) {
        BigDecimal total = jdbc.queryForObject("SELECT COALESCE(SUM(CASE status WHEN 'AWAITING_SELLER' THEN"
                + " requested_amount ELSE settled_refund_amount END), 0) FROM dispute WHERE currency = ? AND"
                + " (status = 'AWAITING_SELLER' OR status = 'AWAITING_RETURN_RECEIPT')", BigDecimal.class, currency);
        return total == null ? 0 : total.doubleValue();
    }

    /** What a dispute's pending automatic outcome would refund, for each of these disputes that has one. */
    public Map<String, Amount> ofDisputes(Collection<String> disputeIds) {
        if (disputeIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Amount> amounts = new HashMap<>();
        jdbc.query("SELECT id, currency, CASE status WHEN 'AWAITING_SELLER' THEN requested_amount"
                        + " WHEN 'AWAITING_RETURN_RECEIPT' THEN settled_refund_amount END AS amount FROM dispute"
                        + " WHERE id IN (" + disputeIds.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")",
                row -> {
                    if (row.getBigDecimal("amount") != null) {
                        amounts.put(row.getString("id"), new Amount(row.getBigDecimal("amount"), row.getString("currency")));
                    }
                }, disputeIds.toArray());
        return amounts;
    }

    /** An amount in a currency. */
    public record Amount(BigDecimal amount, String currency) {
    }

    private List<Exposure> query(String sql, Object... arguments) {
        return jdbc.query(sql, (row, number) -> new Exposure(row.getString("store_id"), row.getString("currency"),
                row.getString("rule"), otherwise(row.getString("rule")), row.getInt("disputes"),
                row.getBigDecimal("amount")), arguments);
    }

    private static String otherwise(String rule) {
        return "R2".equals(rule) ? "The buyer's proposal is refunded automatically when the seller does not answer"
                : "The agreed refund is paid automatically when the seller does not confirm the return's receipt";
    }
}
