package io.disputeflow.support;

import io.disputeflow.refund.LedgerRefundGateway;
import io.disputeflow.refund.RefundGateway;
import io.disputeflow.refund.RefundOrder;
import io.disputeflow.refund.RefundProviderUnavailableException;
import io.disputeflow.refund.RefundReceipt;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The refund gateway of every Spring test: the production ledger gateway, counting how often each idempotency
 * key reached the provider, and able to fail on demand (down, or crash right after paying). One shared
 * application context for all tests keeps one engine named "default" in the JVM, which Camunda's REST API needs.
 */
public class FaultyRefundProvider implements RefundGateway {

    public final AtomicBoolean crashAfterPaying = new AtomicBoolean();
    public final AtomicBoolean down = new AtomicBoolean();
    /** When set, a payment waits until it is opened (counted down), having counted down {@link #paying} first. */
    public volatile CountDownLatch gate;
    public volatile CountDownLatch paying;
    private final Map<String, AtomicInteger> paid = new ConcurrentHashMap<>();
    private final RefundGateway ledger = new LedgerRefundGateway();

    @Override
    public RefundReceipt release(RefundOrder order) {
        CountDownLatch held = gate;
        if (held != null) {
            paying.countDown();
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return pay(order);
    }

    private synchronized RefundReceipt pay(RefundOrder order) {
        if (down.get()) {
            throw new RefundProviderUnavailableException("payment provider unavailable (test)", null);
        }
        AtomicInteger count = paid.computeIfAbsent(order.idempotencyKey(), key -> new AtomicInteger());
        boolean repeat = count.get() > 0;
        if (!repeat) {
            count.incrementAndGet();
        }
        if (crashAfterPaying.getAndSet(false)) {
            throw new IllegalStateException("node crashed after the provider paid " + order.idempotencyKey());
        }
        RefundReceipt receipt = ledger.release(order);
        return new RefundReceipt(receipt.providerReference(), repeat);
    }

    public int payments(String key) {
        AtomicInteger count = paid.get(key);
        return count == null ? 0 : count.get();
    }

    @TestConfiguration
    public static class Configuration {
        @Bean
        @Primary
        FaultyRefundProvider faultyRefundProvider() {
            return new FaultyRefundProvider();
        }
    }
}
