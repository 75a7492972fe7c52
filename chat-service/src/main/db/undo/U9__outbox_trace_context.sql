-- phase: contract
-- Old code never reads trace_parent; new code writes it: drop only once no new pod runs.
ALTER TABLE outbox DROP COLUMN IF EXISTS trace_parent;
