-- The document list: one owner's documents newest first, keyset-paged on (created_at, id).
CREATE INDEX CONCURRENTLY IF NOT EXISTS documents_owner_created_idx ON documents (owner_id, created_at DESC, id DESC);
