CREATE INDEX CONCURRENTLY IF NOT EXISTS outbox_unpublished_lane_idx ON outbox (lane, id) WHERE published_at IS NULL;
