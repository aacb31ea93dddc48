-- The seller's agent reports a buyer who demands money to cancel (RULES.md classification "abuse flag", seed 003):
-- the flag and the report on the dispute, the supervisor's review, and how often each buyer was reported.
ALTER TABLE dispute ADD COLUMN abuse_reported_by VARCHAR(64);
ALTER TABLE dispute ADD COLUMN abuse_reported_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE dispute ADD COLUMN abuse_report_reason VARCHAR(2000);
ALTER TABLE dispute ADD COLUMN abuse_confirmed BOOLEAN;

CREATE TABLE buyer_abuse_report (
    buyer_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    reports           INTEGER      NOT NULL,
    last_dispute_id   VARCHAR(32)  NOT NULL,
    last_reported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
