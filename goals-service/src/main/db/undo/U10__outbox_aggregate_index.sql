-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS outbox_unpublished_aggregate_idx;
