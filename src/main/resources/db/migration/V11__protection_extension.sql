-- The seller's agent extends the buyer's protection (seller service duties, R8): protection_ends_at holds the
-- current end, this column by how many days the seller extended it in all (the timeline has each extension).
ALTER TABLE dispute ADD COLUMN protection_extended_days INTEGER NOT NULL DEFAULT 0;
