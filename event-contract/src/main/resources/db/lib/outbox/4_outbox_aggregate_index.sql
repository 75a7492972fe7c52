-- For the relay's check that no earlier bulk event of the same aggregate is still waiting.
CREATE INDEX CONCURRENTLY IF NOT EXISTS outbox_unpublished_aggregate_idx ON outbox (aggregate_id, id) WHERE published_at IS NULL;
