-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS chunks_search_tsv_idx;
