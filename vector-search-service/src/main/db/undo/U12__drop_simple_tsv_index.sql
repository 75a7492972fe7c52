-- phase: contract
CREATE INDEX CONCURRENTLY IF NOT EXISTS chunks_tsv_idx ON chunks USING gin (tsv);
