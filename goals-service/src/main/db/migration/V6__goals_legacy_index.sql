-- goals already holds data: its new indexes are built without blocking writes, each in a file of its
-- own (CONCURRENTLY cannot run in a transaction). An import finds its goals again by (owner, legacy id).
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS goals_legacy_idx ON goals (owner_id, legacy_id) WHERE legacy_id IS NOT NULL;
