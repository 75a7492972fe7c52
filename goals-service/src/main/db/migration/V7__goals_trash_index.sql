-- The trash: a user's soft-deleted goals, listed for restore (without blocking writes, as V6).
CREATE INDEX CONCURRENTLY IF NOT EXISTS goals_trash_idx ON goals (owner_id, root_id) WHERE deleted_at IS NOT NULL;
