-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS notes_root_idx;
