package io.disputeflow.demo;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import io.disputeflow.logistics.TrackingEvent;
import io.disputeflow.logistics.TrackingEvents;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Variables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a few open disputes so Tasklist has work at first start (once; an existing database is left
 * as it is).
 */
@Component
@Profile("demo")
public class DemoDisputes {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDisputes.class);

    private record Demo(String id, String store, String language, String reason, String paid, String requested,
                        boolean returnOffered, String description) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("D-1001", "store-aurora-gadgets", "en", "NOT_AS_DESCRIBED", "25.00", "25.00", true,
                    "The charger is 20 W, the listing says 65 W."),
            new Demo("D-1002", "store-aurora-gadgets", "es", "NO_TRACKING_UPDATE", "42.50", "42.50", false,
                    "Mi paquete no se mueve desde hace tres semanas."),
            new Demo("D-1003", "store-aurora-home", "fr", "PRICE_DROP", "60.00", "12.00", false,
                    "Le prix a baissé de 12 euros deux jours après ma commande."),
            new Demo("D-1004", "store-boreal-outdoor", "pt", "DEFECTIVE", "89.90", "89.90", true,
                    "A costura da mochila rasgou no primeiro uso."));

    private final DisputeRecords records;
    private final TrackingEvents tracking;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DemoDisputes(DisputeRecords records, TrackingEvents tracking, RuntimeService runtime, JdbcTemplate jdbc,
                        Clock clock) {
        this.records = records;
        this.tracking = tracking;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void openDemoDisputes() {
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM dispute", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        Instant now = clock.instant();
        DEMOS.forEach(demo -> open(demo, now));
        LOG.info("Demo disputes opened: {}", DEMOS.stream().map(Demo::id).toList());
    }

    private void open(Demo demo, Instant now) {
        String tracking = "LP" + demo.id().substring(2) + "CN";
        Instant protectionEnds = now.plus(45, ChronoUnit.DAYS);
        records.insert(new DisputeRecord(demo.id(), "O-" + demo.id().substring(2), demo.store(), "buyer-" + demo.language(),
                demo.language(), demo.reason(), null, demo.description(), DisputeStatus.AWAITING_SELLER, "USD",
                new BigDecimal(demo.paid()), new BigDecimal(demo.requested()), demo.returnOffered(),
                now.minus(20, ChronoUnit.DAYS), 15, protectionEnds, "Cainiao", tracking, now, null, null, null));
        this.tracking.record("Cainiao", tracking, List.of(
                new TrackingEvent(now.minus(19, ChronoUnit.DAYS), "ACCEPTED", "Shenzhen", "Accepted by carrier"),
                new TrackingEvent(now.minus(16, ChronoUnit.DAYS), "IN_TRANSIT", "Madrid sorting centre", "Arrived")));
        runtime.startProcessInstanceByKey(Definitions.DISPUTE_RESOLUTION, demo.id(), Map.of(
                Variables.DISPUTE_ID, demo.id(), Variables.STORE_ID, demo.store(), Variables.ORDER_ID,
                "O-" + demo.id().substring(2), Variables.REASON, demo.reason(), Variables.CURRENCY, "USD",
                Variables.PAID_AMOUNT, demo.paid(), Variables.REQUESTED_AMOUNT, demo.requested(),
                Variables.RETURN_OFFERED, demo.returnOffered(), Variables.PROTECTION_ENDS_AT, Date.from(protectionEnds),
                Variables.DESCRIPTION, demo.description()));
    }
}
