-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS goals_legacy_idx;
