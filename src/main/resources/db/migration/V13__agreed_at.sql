-- When the agreement or ruling being executed was made: the return's 10 days count from it (R13).
ALTER TABLE dispute ADD COLUMN agreed_at TIMESTAMP WITH TIME ZONE;
