-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS memories_tags_idx;
