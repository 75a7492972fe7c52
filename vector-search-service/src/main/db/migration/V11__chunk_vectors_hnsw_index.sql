-- Semantic search: one HNSW index over every model's vectors. Queries filter on the active model and
-- the owner inside the index scan (pgvector 0.8 iterative scan), so a model switch never needs an
-- index created at run time. Built concurrently: writes continue; CONCURRENTLY cannot run in a
-- transaction, hence a file of its own.
CREATE INDEX CONCURRENTLY IF NOT EXISTS chunk_vectors_embedding_hnsw_idx ON chunk_vectors USING hnsw (embedding vector_cosine_ops);
