-- A deleted container's documents (a conversation's messages), one owner's at a time. Built
-- concurrently, so writes to documents continue meanwhile; CONCURRENTLY cannot run in a transaction,
-- hence a file of its own.
CREATE INDEX CONCURRENTLY IF NOT EXISTS documents_container_idx ON documents (owner_id, container_source, container_ref) WHERE container_ref IS NOT NULL;
