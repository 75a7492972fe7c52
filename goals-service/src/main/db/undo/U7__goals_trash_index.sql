-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS goals_trash_idx;
