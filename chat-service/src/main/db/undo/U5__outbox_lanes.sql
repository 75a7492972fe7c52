-- phase: contract
ALTER TABLE outbox DROP COLUMN IF EXISTS lane;
