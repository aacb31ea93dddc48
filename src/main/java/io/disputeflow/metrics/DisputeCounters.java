package io.disputeflow.metrics;

import io.disputeflow.dispute.DisputeClosed;
import io.disputeflow.dispute.DisputeOpened;
import io.disputeflow.process.DeadlineFired;
import io.disputeflow.refund.RefundPaid;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts what the domain reports: disputes opened and closed, refunds paid, deadlines that fired. Counted after the commit, so that a
 * job whose transaction rolls back and is retried counts once. Prometheus adds {@code _total} to each name.
 */
@Component
public class DisputeCounters {

    static final String OPENED = "disputeflow.disputes.opened";
    static final String CLOSED = "disputeflow.disputes.closed";
    static final String REFUNDS_PAID = "disputeflow.refunds.paid";
    static final String REFUNDS_PAID_AMOUNT = "disputeflow.refunds.paid.amount";
    static final String DEADLINES_FIRED = "disputeflow.deadlines.fired";

    private final MeterRegistry registry;

    public DisputeCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void deadlineFired(DeadlineFired fired) {
        Counter.builder(DEADLINES_FIRED).description("Deadlines that passed and set off their rule's automatic outcome")
                .tag("rule", fired.rule()).register(registry).increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void opened(DisputeOpened opened) {
        Counter.builder(OPENED).description("Disputes opened").tag("store", opened.storeId())
                .register(registry).increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void closed(DisputeClosed closed) {
        Counter.builder(CLOSED).description("Disputes closed, by outcome").tag("store", closed.storeId())
                .tag("outcome", closed.outcome().name()).register(registry).increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void refundPaid(RefundPaid paid) {
        Counter.builder(REFUNDS_PAID).description("Refunds paid").tag("currency", paid.currency())
                .register(registry).increment();
        Counter.builder(REFUNDS_PAID_AMOUNT).description("Amount refunded, in the currency's units")
                .tag("currency", paid.currency()).register(registry).increment(paid.amount().doubleValue());
    }
}
