-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS goals_owner_idx;
