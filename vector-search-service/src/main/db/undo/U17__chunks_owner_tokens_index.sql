-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS chunks_owner_tokens_idx;
