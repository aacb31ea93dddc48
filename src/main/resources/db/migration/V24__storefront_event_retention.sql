-- Events and their deliveries are kept for disputeflow.events.retention (30 days) and then deleted. The feed
-- remembers the highest cursor it deleted, so a storefront catching up from an older cursor is told that events it
-- has not read are gone (410) instead of silently skipping them.
CREATE TABLE storefront_event_retention (
    id                    INTEGER NOT NULL PRIMARY KEY,
    deleted_through       BIGINT  NOT NULL,
    last_deleted_at       TIMESTAMP WITH TIME ZONE
);
INSERT INTO storefront_event_retention (id, deleted_through) VALUES (1, 0);

-- The retention looks for old events by the time they occurred.
CREATE INDEX ix_storefront_event_occurred ON storefront_event (occurred_at);

-- Deleting an event deletes its deliveries, and an event still pending at some endpoint is kept.
CREATE INDEX ix_webhook_delivery_event ON webhook_delivery (event_id, state);
