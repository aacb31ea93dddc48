package io.disputeflow.persistence;

import org.camunda.bpm.engine.impl.event.EventType;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionManager;

/**
 * Camunda's event subscription manager without a query for every message or condition subscription it deletes. When
 * a subscription is deleted, the engine looks for deliveries of its event still waiting as jobs (handler "event") to
 * delete them too. Only signals and compensation are ever delivered that way (a signal thrown asynchronously, an
 * asynchronous compensation throw): a message is correlated and a condition evaluated in the caller's transaction,
 * so for their subscriptions the query cannot find a job. A dispute's scopes end with three such subscriptions (the
 * buyer's modification, cancellation and abuse report): three queries per seller answer and per deadline that fires.
 */
public class MessageSubscriptionManager extends EventSubscriptionManager {

    @Override
    public void deleteEventSubscription(EventSubscriptionEntity subscription) {
        if (subscription.isSubscriptionForEventType(EventType.MESSAGE)
                || subscription.isSubscriptionForEventType(EventType.CONDITONAL)) {
            getDbEntityManager().delete(subscription);
        } else {
            super.deleteEventSubscription(subscription);
        }
    }
}
