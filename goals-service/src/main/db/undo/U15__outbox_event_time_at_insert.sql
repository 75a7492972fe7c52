-- phase: contract
-- Back to the transaction start time; harmless for old code, which never sets occurred_at.
ALTER TABLE outbox ALTER COLUMN occurred_at SET DEFAULT now();
