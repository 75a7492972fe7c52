-- phase: contract
-- V1's HNSW index over chunks.embedding: vectors live in chunk_vectors since V10 (one row per model)
-- and queries read only those. Dropped concurrently after the rollout; V14 drops the column.
DROP INDEX CONCURRENTLY IF EXISTS chunks_embedding_hnsw_idx;
