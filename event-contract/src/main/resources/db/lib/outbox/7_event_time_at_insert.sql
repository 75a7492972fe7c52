-- An event's time (ce_time, occurred_at) is when the change was written, not when its transaction
-- began: consumers order a resource's versions by it (search skips an event older than the state it
-- holds). now() is the transaction's start, so a writer that began first but changed the row second
-- (it waited for the first one's row lock) got the older time and its newer state was skipped.
-- clock_timestamp() at the insert, which follows the row change and its lock, orders writes of one
-- resource the way they committed.
ALTER TABLE outbox ALTER COLUMN occurred_at SET DEFAULT clock_timestamp();
