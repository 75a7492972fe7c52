-- phase: contract
CREATE INDEX CONCURRENTLY IF NOT EXISTS chunks_embedding_hnsw_idx ON chunks USING hnsw (embedding vector_cosine_ops);
