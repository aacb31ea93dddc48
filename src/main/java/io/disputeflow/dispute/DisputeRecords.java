package io.disputeflow.dispute;

import io.disputeflow.persistence.DatabaseProduct;
import io.disputeflow.persistence.InsertOnce;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The dispute record and its timeline in DisputeFlow's own tables. */
@Repository
public class DisputeRecords {

    public static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;
    private final InsertOnce insertOnce;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final boolean postgres;

    public DisputeRecords(JdbcTemplate jdbc, InsertOnce insertOnce, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.insertOnce = insertOnce;
        this.clock = clock;
        this.events = events;
        this.postgres = DatabaseProduct.isPostgres(jdbc.getDataSource());
    }

    /**
     * Stores a new dispute unless its order already has an open one (the unique {@code open_order_id}); two
     * concurrent openings for one order end with one dispute. The transaction keeps the row as inserted.
     *
     * @throws DuplicateDisputeException naming the open dispute of the order
     */
    @Transactional
    public void insert(DisputeRecord dispute) {
        String insert = """
                INSERT INTO dispute (id, order_id, store_id, buyer_id, buyer_language, reason, category, description,
                    status, currency, paid_amount, requested_amount, return_offered, shipped_at, promised_delivery_days,
                    protection_ends_at, carrier, tracking_number, opened_at, open_order_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        Optional<DisputeRecord> inserted = insertOnce.insertReturning(
                returningRow(insert), DisputeRecords::map,
                dispute.id(), dispute.orderId(), dispute.storeId(), dispute.buyerId(), dispute.buyerLanguage(),
                dispute.reason(), dispute.category(), dispute.description(), dispute.status().name(),
                dispute.currency(), dispute.paidAmount(), dispute.requestedAmount(), dispute.returnOffered(),
                timestamp(dispute.shippedAt()), dispute.promisedDeliveryDays(), timestamp(dispute.protectionEndsAt()),
                dispute.carrier(), dispute.trackingNumber(), timestamp(dispute.openedAt()),
                dispute.status().isClosed() ? null : dispute.orderId());
        if (inserted.isEmpty()) {
            String existing = findOpenForOrder(dispute.orderId()).map(DisputeRecord::id).orElse("(closed meanwhile)");
            throw new DuplicateDisputeException(dispute.orderId(), existing);
        }
        RecordsReadInTransaction.remember(inserted.get());
        appendTimeline(dispute.id(), dispute.buyerId(), "OPENED",
                "Refund request for " + Money.format(dispute.requestedAmount()) + " " + dispute.currency() + " ("
                        + ReasonCode.labelOf(dispute.reason()) + ")");
        events.publishEvent(new DisputeOpened(dispute.id(), dispute.storeId(), dispute.currency()));
    }

    /** The dispute; read once per transaction ({@link RecordsReadInTransaction}), at every call outside one. */
    public Optional<DisputeRecord> find(String disputeId) {
        Map<String, DisputeRecord> read = RecordsReadInTransaction.current();
        DisputeRecord known = read == null ? null : read.get(disputeId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<DisputeRecord> found = jdbc.query("SELECT * FROM dispute WHERE id = ?", DisputeRecords::map, disputeId)
                .stream().findFirst();
        if (read != null) {
            found.ifPresent(dispute -> read.put(disputeId, dispute));
        }
        return found;
    }

    /**
     * Changes the dispute's row ({@code UPDATE dispute SET setAndWhere}, whose condition names the dispute) and keeps
     * the row as written for the rest of the transaction, read back by the same statement: the steps after a change
     * (the status it enters, the event it reports, the next delegate) do not read the row again. Empty when no row
     * matched.
     */
    Optional<DisputeRecord> update(String disputeId, String setAndWhere, Object... arguments) {
        RecordsReadInTransaction.forget(disputeId);
        Optional<DisputeRecord> written = jdbc.query(returningRow("UPDATE dispute SET " + setAndWhere),
                DisputeRecords::map, arguments).stream().findFirst();
        written.ifPresent(RecordsReadInTransaction::remember);
        return written;
    }

    /** {@code statement} (an INSERT or UPDATE of one dispute) made to return the row it wrote, as this database can. */
    private String returningRow(String statement) {
        return postgres ? statement + " RETURNING *" : "SELECT * FROM FINAL TABLE (" + statement + ")";
    }

    /**
     * Reads the dispute and locks its row until the transaction ends: a buyer action takes the lock before it
     * reads the process, and the process's own steps write the record, so the two never interleave.
     */
    @Transactional
    public DisputeRecord lock(String disputeId) {
        return lockWhereIdIs("?", disputeId).orElseThrow(() -> new UnknownDisputeException(disputeId));
    }

    /**
     * Locks the dispute whose id {@code idQuery} selects (e.g. through the process a task belongs to) and keeps the row
     * for the rest of the transaction, as {@link #lock} does; empty when the query selects none.
     */
    @Transactional
    public Optional<DisputeRecord> lockIdentifiedBy(String idQuery, Object... arguments) {
        return lockWhereIdIs("(" + idQuery + ")", arguments);
    }

    /** Reads and locks the dispute whose id is {@code idExpression}; the transaction keeps the row. */
    private Optional<DisputeRecord> lockWhereIdIs(String idExpression, Object... arguments) {
        Optional<DisputeRecord> locked = jdbc.query("SELECT * FROM dispute WHERE id = " + idExpression + " FOR UPDATE",
                DisputeRecords::map, arguments).stream().findFirst();
        locked.ifPresent(RecordsReadInTransaction::remember);
        return locked;
    }

    /** The dispute still open for this order, if any (there is at most one). */
    public Optional<DisputeRecord> findOpenForOrder(String orderId) {
        return jdbc.query("SELECT * FROM dispute WHERE open_order_id = ?", DisputeRecords::map, orderId).stream()
                .findFirst();
    }

    /** A page of disputes, newest first, of the given stores (all stores when {@code storeIds} is null). */
    public List<DisputeRecord> page(DisputeQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM dispute WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        where(query, sql, arguments);
        sql.append(" ORDER BY opened_at DESC, id DESC LIMIT ? OFFSET ?");
        arguments.add(query.size());
        arguments.add((long) query.page() * query.size());
        return jdbc.query(sql.toString(), DisputeRecords::map, arguments.toArray());
    }

    public long count(DisputeQuery query) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM dispute WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        where(query, sql, arguments);
        Long count = jdbc.queryForObject(sql.toString(), Long.class, arguments.toArray());
        return count == null ? 0 : count;
    }

    private static void where(DisputeQuery query, StringBuilder sql, List<Object> arguments) {
        if (query.storeIds() != null) {
            if (query.storeIds().isEmpty()) {
                sql.append(" AND 1 = 0");
                return;
            }
            sql.append(" AND store_id IN (").append(String.join(", ", Collections.nCopies(query.storeIds().size(), "?")))
                    .append(')');
            arguments.addAll(query.storeIds());
        }
        if (query.status() != null) {
            sql.append(" AND status = ?");
            arguments.add(query.status().name());
        }
    }

    public DisputeRecord get(String disputeId) {
        return find(disputeId).orElseThrow(() -> new UnknownDisputeException(disputeId));
    }

    @Transactional
    public void appendTimeline(String disputeId, String actor, String action, String detail) {
        TimelineWrites.append(entry(disputeId, actor, action, detail), this::insertTimeline);
        events.publishEvent(new TimelineAppended(disputeId, actor, action));
    }

    /**
     * Appends to the timeline at once, for a step that runs while its transaction commits (a listener of the commit):
     * an entry {@link #appendTimeline appended} then would be kept for a commit that has already begun.
     */
    @Transactional
    public void appendTimelineWhileCommitting(String disputeId, String actor, String action, String detail) {
        insertTimeline(List.of(entry(disputeId, actor, action, detail)));
        events.publishEvent(new TimelineAppended(disputeId, actor, action));
    }

    private TimelineWrites.Entry entry(String disputeId, String actor, String action, String detail) {
        return new TimelineWrites.Entry(disputeId, timestamp(clock.instant()), actor, action, detail);
    }

    /** Inserts timeline entries in one statement, in their order. */
    private void insertTimeline(List<TimelineWrites.Entry> entries) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO dispute_timeline (dispute_id, occurred_at, actor, action, detail) VALUES ");
        List<Object> arguments = new ArrayList<>(entries.size() * 5);
        for (TimelineWrites.Entry entry : entries) {
            sql.append(arguments.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?)");
            arguments.addAll(Arrays.asList(entry.disputeId(), entry.occurredAt(), entry.actor(), entry.action(),
                    entry.detail()));
        }
        jdbc.update(sql.toString(), arguments.toArray());
    }

    /**
     * Counts one more abuse report against the buyer (a row per buyer id in {@code buyer_abuse_report}); returns how
     * often the buyer has been reported in all.
     */
    @Transactional
    public int countAbuseReport(String buyerId, String disputeId) {
        Timestamp now = timestamp(clock.instant());
        for (int attempt = 0; attempt < 2; attempt++) {
            int updated = jdbc.update("""
                    UPDATE buyer_abuse_report SET reports = reports + 1, last_dispute_id = ?, last_reported_at = ?
                    WHERE buyer_id = ?""", disputeId, now, buyerId);
            if (updated == 1 || insertOnce.insert("""
                    INSERT INTO buyer_abuse_report (buyer_id, reports, last_dispute_id, last_reported_at)
                    VALUES (?, 1, ?, ?)""", buyerId, disputeId, now)) {
                return abuseReportsOf(buyerId);
            }
        }
        throw new IllegalStateException("Could not count the abuse report against buyer " + buyerId);
    }

    /** By how many days the seller has extended the dispute's buyer protection in all (0: never). */
    public int protectionExtendedDays(String disputeId) {
        Integer days = jdbc.queryForObject("SELECT protection_extended_days FROM dispute WHERE id = ?", Integer.class,
                disputeId);
        return days == null ? 0 : days;
    }

    /** How often the buyer has been reported for abuse, over all disputes. */
    public int abuseReportsOf(String buyerId) {
        List<Integer> reports = jdbc.queryForList("SELECT reports FROM buyer_abuse_report WHERE buyer_id = ?",
                Integer.class, buyerId);
        return reports.isEmpty() ? 0 : reports.get(0);
    }

    public List<TimelineEntry> timeline(String disputeId) {
        TimelineWrites.writeAppended();
        return jdbc.query(
                "SELECT occurred_at, actor, action, detail FROM dispute_timeline WHERE dispute_id = ? ORDER BY id",
                (rs, row) -> new TimelineEntry(instant(rs, "occurred_at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("detail")), disputeId);
    }

    public List<String> timelineActions(String disputeId) {
        TimelineWrites.writeAppended();
        return jdbc.queryForList("SELECT action FROM dispute_timeline WHERE dispute_id = ? ORDER BY id",
                String.class, disputeId);
    }

    private static void require(int updatedRows, String disputeId) {
        if (updatedRows == 0) {
            throw new UnknownDisputeException(disputeId);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /**
     * Read as OffsetDateTime (the columns are timestamptz): the driver's getTimestamp goes through a Calendar set to
     * the JVM's default zone on every call (pgjdbc cannot cache it on Java 9+), 2% of the CPU of a storm item.
     */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static CaseDecisions decisions(ResultSet rs) throws SQLException {
        SellerAnswer answer = rs.getString("seller_decision") == null ? null : new SellerAnswer(
                SellerDecision.valueOf(rs.getString("seller_decision")),
                constant(CounterOfferType.class, rs.getString("counter_offer_type")),
                rs.getBigDecimal("counter_offer_amount"), rs.getString("seller_message"));
        Ruling ruling = rs.getString("ruling_outcome") == null ? null : new Ruling(
                RulingOutcome.valueOf(rs.getString("ruling_outcome")), rs.getBigDecimal("ruling_refund_amount"),
                rs.getBoolean("seller_penalty"), rs.getString("ruling_note"));
        CaseDecisions.Execution execution = rs.getString("resolution") == null ? null : new CaseDecisions.Execution(
                SettlementSource.valueOf(rs.getString("settlement_source")),
                new Settlement(Resolution.valueOf(rs.getString("resolution")), rs.getBigDecimal("settled_refund_amount"),
                        rs.getBoolean("full_refund")),
                rs.getString("refund_key"), rs.getInt("settlement_number"), instant(rs, "agreed_at"));
        CaseDecisions.ReturnLeg returnLeg = rs.getString("return_carrier") == null && rs.getString("return_outcome") == null
                ? null : new CaseDecisions.ReturnLeg(rs.getString("return_carrier"),
                rs.getString("return_tracking_number"), constant(ReturnOutcome.class, rs.getString("return_outcome")));
        Object confirmed = rs.getObject("abuse_confirmed");
        CaseDecisions.AbuseReport abuse = rs.getString("abuse_reported_by") == null ? null
                : new CaseDecisions.AbuseReport(rs.getString("abuse_reported_by"), instant(rs, "abuse_reported_at"),
                rs.getString("abuse_report_reason"), confirmed == null ? null : rs.getBoolean("abuse_confirmed"));
        return new CaseDecisions(answer, constant(EscalationCause.class, rs.getString("escalation_cause")), ruling,
                execution, returnLeg, abuse, instant(rs, "agreed_at"));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static DisputeRecord map(ResultSet rs, int row) throws SQLException {
        Object counts = rs.getObject("counts_toward_rate");
        return new DisputeRecord(
                rs.getString("id"), rs.getString("order_id"), rs.getString("store_id"), rs.getString("buyer_id"),
                rs.getString("buyer_language"), rs.getString("reason"), rs.getString("category"),
                rs.getString("description"), DisputeStatus.valueOf(rs.getString("status")),
                rs.getString("currency").trim(), rs.getBigDecimal("paid_amount"), rs.getBigDecimal("requested_amount"),
                rs.getBoolean("return_offered"), instant(rs, "shipped_at"), rs.getInt("promised_delivery_days"),
                instant(rs, "protection_ends_at"), rs.getString("carrier"), rs.getString("tracking_number"),
                instant(rs, "opened_at"), instant(rs, "closed_at"), rs.getString("outcome"),
                counts == null ? null : rs.getBoolean("counts_toward_rate"), decisions(rs));
    }
}
