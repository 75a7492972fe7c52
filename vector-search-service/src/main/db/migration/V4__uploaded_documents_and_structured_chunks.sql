-- vector-search-service, version 4: documents users upload through the API and chunks that keep
-- their document's structure.
--
-- documents: an uploaded document keeps its original bytes (document_contents) and its indexing
-- state. status is pending (waiting for the index worker), indexed, or failed with status_reason.
-- generation counts uploads and re-index requests: the worker stores its result only if the
-- generation it read is still current, so a re-index asked for while the worker runs is not lost.
-- claimed_until is the worker's lease: a worker that dies leaves the row pending, and another
-- takes it once the lease has passed (the status survives restarts).
ALTER TABLE documents ADD COLUMN IF NOT EXISTS name text;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS size_bytes bigint NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS tags text[] NOT NULL DEFAULT '{}';
ALTER TABLE documents ADD COLUMN IF NOT EXISTS status_reason text;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS attempts integer NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS generation bigint NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS claimed_until timestamptz;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS indexed_at timestamptz;

CREATE TABLE IF NOT EXISTS document_contents (
    document_id uuid  PRIMARY KEY CONSTRAINT document_contents_document_fk REFERENCES documents (id) ON DELETE CASCADE,
    owner_id    text  NOT NULL,
    content     bytea NOT NULL
);

-- chunks: where in the document a chunk sits (headings above it, PDF page) and an English
-- full-text vector (stemmed; the section path weighted A, the text D) written by the indexer.
-- It replaces the 'simple' generated tsv of V1 for keyword search; that column is left for a
-- later contract migration.
ALTER TABLE chunks ADD COLUMN IF NOT EXISTS section_path text[] NOT NULL DEFAULT '{}';
ALTER TABLE chunks ADD COLUMN IF NOT EXISTS page integer;
ALTER TABLE chunks ADD COLUMN IF NOT EXISTS search_tsv tsvector;
-- Chunks indexed before this version (chat memories, a few per user) get theirs here.
UPDATE chunks SET search_tsv = to_tsvector('english', content) WHERE search_tsv IS NULL;
