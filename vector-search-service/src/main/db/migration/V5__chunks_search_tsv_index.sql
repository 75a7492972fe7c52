-- Keyword search: the GIN index on chunks.search_tsv (V4). Built concurrently, so writes to chunks
-- continue meanwhile; CONCURRENTLY cannot run in a transaction, hence a file of its own.
CREATE INDEX CONCURRENTLY IF NOT EXISTS chunks_search_tsv_idx ON chunks USING gin (search_tsv);
