-- A closed store takes no new disputes; those already open finish. Closed stores do not count toward the six
-- stores a company may run.
ALTER TABLE store ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
