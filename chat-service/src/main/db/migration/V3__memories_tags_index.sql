-- memories already holds data: build the tag index without blocking writes (own file: CONCURRENTLY
-- cannot run in a transaction).
CREATE INDEX CONCURRENTLY IF NOT EXISTS memories_tags_idx ON memories USING gin (owner_id, tags);
