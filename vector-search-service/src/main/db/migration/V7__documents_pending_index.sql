-- The index worker's queue: the few documents waiting to be indexed, oldest first.
CREATE INDEX CONCURRENTLY IF NOT EXISTS documents_pending_idx ON documents (updated_at, id) WHERE status = 'pending';
