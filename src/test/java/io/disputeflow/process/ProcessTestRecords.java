package io.disputeflow.process;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.persistence.InsertOnce;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The real dispute record for the engine-only process tests: DisputeFlow's Flyway schema in an in-memory H2 database
 * of its own, with the real {@link DisputeRecords} and {@link DisputeCase} on the engine's clock. Delegates and
 * listeners write to it as in production, and tests read what they wrote.
 */
final class ProcessTestRecords {

    private static final DataSource DATA_SOURCE = migrated();

    final JdbcTemplate jdbc = new JdbcTemplate(DATA_SOURCE);
    final Clock clock = new EngineClock();
    final DisputeRecords records = new DisputeRecords(jdbc,
            new InsertOnce(jdbc, new DataSourceTransactionManager(DATA_SOURCE)), clock, event -> { });
    final DisputeCase disputeCase = new DisputeCase(records, clock, event -> { });

    ProcessTestRecords() {
        jdbc.update("DELETE FROM buyer_abuse_report");
        jdbc.update("DELETE FROM dispute_timeline");
        jdbc.update("DELETE FROM dispute");
    }

    /** Files a dispute as the intake would, opened now on the engine's clock. */
    DisputeRecord open(String id, String reason, String requested, String paid, boolean returnOffered,
                       Instant protectionEnds) {
        Instant now = clock.instant();
        DisputeRecord dispute = new DisputeRecord(id, "O-" + id, "store-a", "buyer-" + id, "en", reason, null,
                "The buyer's words", DisputeStatus.AWAITING_SELLER, "USD", new BigDecimal(paid),
                new BigDecimal(requested), returnOffered, now.minus(10, ChronoUnit.DAYS), 15, protectionEnds, "Cainiao",
                "LP" + id, now, null, null, null);
        records.insert(dispute);
        return dispute;
    }

    DisputeRecord get(String id) {
        return records.get(id);
    }

    List<String> actions(String id) {
        return records.timelineActions(id);
    }

    private static DataSource migrated() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:disputeflow-process-tests;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .table("disputeflow_schema_history").load().migrate();
        return dataSource;
    }
}
