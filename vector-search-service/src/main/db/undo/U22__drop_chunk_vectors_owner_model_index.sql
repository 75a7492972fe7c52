-- phase: contract
CREATE INDEX CONCURRENTLY IF NOT EXISTS chunk_vectors_owner_model_idx ON chunk_vectors (owner_id, model);
