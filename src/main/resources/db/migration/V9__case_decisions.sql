-- The dispute record owns the case: what the seller answered, why the dispute went to arbitration, the ruling,
-- what is executed under which refund key, and the return leg. Earlier answers stay on the timeline.
ALTER TABLE dispute ADD COLUMN seller_decision VARCHAR(16);
ALTER TABLE dispute ADD COLUMN counter_offer_type VARCHAR(24);
ALTER TABLE dispute ADD COLUMN counter_offer_amount NUMERIC(19, 2);
ALTER TABLE dispute ADD COLUMN seller_message VARCHAR(4000);
ALTER TABLE dispute ADD COLUMN escalation_cause VARCHAR(32);
ALTER TABLE dispute ADD COLUMN ruling_outcome VARCHAR(24);
ALTER TABLE dispute ADD COLUMN ruling_refund_amount NUMERIC(19, 2);
ALTER TABLE dispute ADD COLUMN ruling_note VARCHAR(4000);
ALTER TABLE dispute ADD COLUMN seller_penalty BOOLEAN;
ALTER TABLE dispute ADD COLUMN settlement_source VARCHAR(16);
ALTER TABLE dispute ADD COLUMN resolution VARCHAR(24);
ALTER TABLE dispute ADD COLUMN settled_refund_amount NUMERIC(19, 2);
ALTER TABLE dispute ADD COLUMN full_refund BOOLEAN;
ALTER TABLE dispute ADD COLUMN refund_key VARCHAR(160);
ALTER TABLE dispute ADD COLUMN settlement_number INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dispute ADD COLUMN return_carrier VARCHAR(64);
ALTER TABLE dispute ADD COLUMN return_tracking_number VARCHAR(64);
ALTER TABLE dispute ADD COLUMN return_outcome VARCHAR(24);
