package io.disputeflow.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.persistence.InsertOnce;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The outbox and the feed's sequencer on H2, the demo's database: the dispute's sequence is taken and its store read
 * in one statement there too (H2 has no RETURNING; the PostgreSQL form runs in every storefront test on PostgreSQL),
 * and the feed numbers the oldest events with one MERGE, as on PostgreSQL.
 */
class EventOutboxH2Test {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void eachEventOfADisputeGetsTheNextSequenceNumberAndTheDisputesStore_andTheFeedNumbersThemInOrder() throws Exception {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:disputeflow-outbox-test;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .table("disputeflow_schema_history").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        new DisputeRecords(jdbc, new InsertOnce(jdbc, new DataSourceTransactionManager(dataSource)), clock, event -> { })
                .insert(new DisputeRecord("D-OUTBOX", "O-1", "store-outbox", "buyer-1", "en", "DEFECTIVE", null,
                        "Broken", DisputeStatus.AWAITING_SELLER, "USD", new BigDecimal("40.00"),
                        new BigDecimal("40.00"), false, NOW.minusSeconds(86_400), 15, NOW.plusSeconds(86_400), "Cainiao",
                        "LP-1", NOW, null, null, null));
        EventOutbox outbox = new EventOutbox(jdbc, clock, new ObjectMapper(), null, dataSource);

        outbox.append("D-OUTBOX", StorefrontEventType.DISPUTE_OPENED, Map.of("note", "first"));
        outbox.append("D-OUTBOX", StorefrontEventType.DISPUTE_OPENED, Map.of("note", "second"));

        assertThat(jdbc.queryForList("SELECT store_id, sequence FROM storefront_event WHERE dispute_id = 'D-OUTBOX' "
                + "ORDER BY sequence")).containsExactly(
                Map.of("STORE_ID", "store-outbox", "SEQUENCE", 1),
                Map.of("STORE_ID", "store-outbox", "SEQUENCE", 2));
        assertThat(jdbc.queryForObject("SELECT event_sequence FROM dispute WHERE id = 'D-OUTBOX'", Integer.class))
                .isEqualTo(2);
        assertThatThrownBy(() -> outbox.append("D-NONE", StorefrontEventType.DISPUTE_OPENED, Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No dispute D-NONE");

        EventFeed feed = new EventFeed(jdbc, new ObjectMapper());
        assertThat(feed.sequence(1)).isOne();
        assertThat(feed.sequence(10)).isOne();
        assertThat(feed.sequence(10)).isZero();
        assertThat(jdbc.queryForList("SELECT event_cursor FROM storefront_event WHERE dispute_id = 'D-OUTBOX' ORDER BY id",
                Long.class)).containsExactly(1L, 2L);
        assertThat(feed.lastCursor()).isEqualTo(2);
    }
}
