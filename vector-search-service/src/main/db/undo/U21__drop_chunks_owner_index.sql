-- phase: contract
CREATE INDEX CONCURRENTLY IF NOT EXISTS chunks_owner_idx ON chunks (owner_id);
