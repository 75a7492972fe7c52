CREATE INDEX CONCURRENTLY IF NOT EXISTS things_label_idx ON things (label);
