-- vector-search-service, version 19: a query's candidate chunks (up to assistant.search.candidates of
-- them) are looked up by id for their owner and document; from this index that is an index-only
-- lookup instead of a visit to each chunk's page of the table (content and tsvector make the rows
-- large, so every chunk is a page of its own). Built concurrently, so writes continue; CONCURRENTLY
-- cannot run in a transaction, hence a file of its own.
CREATE INDEX CONCURRENTLY IF NOT EXISTS chunks_id_document_idx ON chunks (id) INCLUDE (owner_id, document_id);
