-- phase: contract
-- V1's index on chunks (owner_id): chunks_owner_tokens_idx (V17) has the same key and serves every
-- lookup by owner. Dropped concurrently after the rollout.
DROP INDEX CONCURRENTLY IF EXISTS chunks_owner_idx;
