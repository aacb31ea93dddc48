package io.disputeflow.storefront;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/**
 * Runs the dispatcher every {@code disputeflow.events.dispatch-interval} (5 s), the deadline reminders every
 * minute and the retention every {@code disputeflow.events.retention-interval} (1 h), on the application's clock. Off with {@code disputeflow.events.scheduled=false} (tests call the
 * dispatcher themselves with the moment they moved the clock to).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "disputeflow.events.scheduled", havingValue = "true", matchIfMissing = true)
public class EventScheduling {

    private static final Logger LOG = LoggerFactory.getLogger(EventScheduling.class);

    private final WebhookDispatcher dispatcher;
    private final DeadlineReminders reminders;
    private final EventRetention retention;
    private final Clock clock;

    public EventScheduling(WebhookDispatcher dispatcher, DeadlineReminders reminders, EventRetention retention,
                           Clock clock) {
        this.dispatcher = dispatcher;
        this.reminders = reminders;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${disputeflow.events.dispatch-interval:5s}", initialDelayString = "10s")
    public void deliver() {
        try {
            dispatcher.deliverDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery round failed; the next round tries again", e);
        }
    }

    @Scheduled(fixedDelayString = "${disputeflow.events.reminder-interval:1m}", initialDelayString = "15s")
    public void remind() {
        try {
            reminders.remindDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Deadline reminder round failed; the next round tries again", e);
        }
    }

    @Scheduled(fixedDelayString = "${disputeflow.events.retention-interval:1h}", initialDelayString = "1m")
    public void deleteExpired() {
        try {
            int deleted = retention.deleteExpired(clock.instant());
            if (deleted > 0) {
                LOG.info("Deleted {} events older than the retention, with their deliveries", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("Event retention round failed; the next round tries again", e);
        }
    }
}
