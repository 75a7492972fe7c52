-- phase: contract
DROP INDEX CONCURRENTLY IF EXISTS outbox_unpublished_lane_idx;
