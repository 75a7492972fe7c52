-- vector-search-service, version 18: the owner's vectors of a model in one index range, so the exact
-- path the planner takes for an owner with a small share of the index is an index-only scan and a
-- sort (SearchRepository.nearest) instead of a read of every one of the owner's vector rows, which
-- lie scattered over the table (a page each). The price: the vectors are stored once more (about
-- 2 KB per chunk). Built concurrently, so writes continue; CONCURRENTLY cannot run in a
-- transaction, hence a file of its own. It serves every use of chunk_vectors_owner_model_idx (same
-- key), which a later contract migration can drop.
CREATE INDEX CONCURRENTLY IF NOT EXISTS chunk_vectors_owner_vectors_idx ON chunk_vectors (owner_id, model) INCLUDE (chunk_id, embedding);
