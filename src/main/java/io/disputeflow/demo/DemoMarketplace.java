package io.disputeflow.demo;

import io.disputeflow.onboarding.StoreDirectory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: opens the demo companies' stores, makes the demo people members of their companies, and
 * on an empty database plays about forty disputes into every state ({@link DemoDisputes}).
 */
@Component
@Profile("demo")
public class DemoMarketplace {

    private final StoreDirectory directory;
    private final DemoDisputes disputes;
    private final JdbcTemplate jdbc;

    public DemoMarketplace(StoreDirectory directory, DemoDisputes disputes, JdbcTemplate jdbc) {
        this.directory = directory;
        this.disputes = disputes;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void open() {
        DemoAccounts.STORES.forEach(store -> directory.register(store.companyId(), store.companyName(), store.id(),
                store.name()));
        DemoAccounts.PEOPLE.stream().filter(person -> person.companyId() != null)
                .forEach(person -> directory.addMember(person.companyId(), person.id()));
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM dispute", Integer.class);
        if (existing != null && existing == 0) {
            disputes.play();
        }
    }
}
