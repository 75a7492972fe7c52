-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS chunk_vectors_embedding_hnsw_idx;
