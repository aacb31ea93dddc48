package io.disputeflow.demo;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.intake.DisputeIntake;
import io.disputeflow.intake.OpenDispute;
import io.disputeflow.logistics.TrackingEvent;
import io.disputeflow.logistics.TrackingEvents;
import io.disputeflow.store.Stores;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the demo stores in the store directory and a few open disputes, opened the way the
 * storefront opens them, so Tasklist has work at first start (once; an existing database is left as it is).
 */
@Component
@Profile("demo")
public class DemoDisputes {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDisputes.class);

    private record Demo(String store, String language, String reason, String paid, String requested,
                        boolean returnOffered, String description) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("store-aurora-gadgets", "en", "NOT_AS_DESCRIBED", "25.00", "25.00", true,
                    "The charger is 20 W, the listing says 65 W."),
            new Demo("store-aurora-gadgets", "es", "NO_TRACKING_UPDATE", "42.50", "42.50", false,
                    "Mi paquete no se mueve desde hace tres semanas."),
            new Demo("store-aurora-home", "fr", "PRICE_DROP", "60.00", "12.00", false,
                    "Le prix a baissé de 12 euros deux jours après ma commande."),
            new Demo("store-boreal-outdoor", "pt", "DEFECTIVE", "89.90", "89.90", true,
                    "A costura da mochila rasgou no primeiro uso."));

    private final DisputeIntake intake;
    private final Stores stores;
    private final TrackingEvents tracking;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DemoDisputes(DisputeIntake intake, Stores stores, TrackingEvents tracking, JdbcTemplate jdbc, Clock clock) {
        this.intake = intake;
        this.stores = stores;
        this.tracking = tracking;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void openDemoDisputes() {
        DemoAccounts.STORES.forEach(store -> stores.register(store.companyId(), store.companyName(), store.id(),
                store.name()));
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM dispute", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        Instant now = clock.instant();
        List<String> opened = DEMOS.stream().map(demo -> open(demo, now)).toList();
        LOG.info("Demo disputes opened: {}", opened);
    }

    private String open(Demo demo, Instant now) {
        String order = "O-" + (70000 + DEMOS.indexOf(demo));
        String trackingNumber = "LP" + order.substring(2) + "CN";
        tracking.record("Cainiao", trackingNumber, List.of(
                new TrackingEvent(now.minus(19, ChronoUnit.DAYS), "ACCEPTED", "Shenzhen", "Accepted by carrier"),
                new TrackingEvent(now.minus(16, ChronoUnit.DAYS), "IN_TRANSIT", "Madrid sorting centre", "Arrived")));
        DisputeRecord dispute = intake.open(new OpenDispute(order, demo.store(), "buyer-" + demo.language(),
                demo.language(), demo.reason(), demo.description(), new BigDecimal(demo.requested()), "USD",
                demo.returnOffered(), new BigDecimal(demo.paid()), now.minus(20, ChronoUnit.DAYS), 15,
                now.plus(45, ChronoUnit.DAYS), "Cainiao", trackingNumber));
        return dispute.id();
    }
}
