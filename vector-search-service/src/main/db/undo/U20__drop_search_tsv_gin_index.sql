-- phase: contract
CREATE INDEX CONCURRENTLY IF NOT EXISTS chunks_search_tsv_idx ON chunks USING gin (search_tsv);
