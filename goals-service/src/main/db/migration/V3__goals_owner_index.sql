-- Erasing a user deletes every one of their goals, soft-deleted ones included, which the partial
-- goals_owner_root_idx does not cover. goals already holds data: build the index without blocking
-- writes (own file: CONCURRENTLY cannot run in a transaction).
CREATE INDEX CONCURRENTLY IF NOT EXISTS goals_owner_idx ON goals (owner_id);
