-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS chunk_vectors_owner_vectors_idx;
