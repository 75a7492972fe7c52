-- vector-search-service, version 1: documents from other services' events, their chunks with
-- pgvector embeddings (MiniLM, 384 dimensions) and full-text vectors, and the inbox that makes
-- event handling idempotent. Runs in schema "search"; the vector and pg_trgm extensions live in
-- "public" and are created by the platform (pgvector is not a trusted extension).

CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE IF NOT EXISTS documents (
    id          uuid        PRIMARY KEY,
    owner_id    text        NOT NULL,
    source      text        NOT NULL,
    source_ref  text        NOT NULL,
    title       text,
    mime_type   text        NOT NULL DEFAULT 'text/plain',
    sha256      text        NOT NULL,
    metadata    jsonb       NOT NULL DEFAULT '{}',
    status      text        NOT NULL DEFAULT 'indexed',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT documents_source_key UNIQUE (owner_id, source, source_ref)
);

CREATE TABLE IF NOT EXISTS chunks (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id   uuid         NOT NULL CONSTRAINT chunks_document_fk REFERENCES documents (id) ON DELETE CASCADE,
    owner_id      text         NOT NULL,
    chunk_index   integer      NOT NULL,
    chunk_type    text         NOT NULL DEFAULT 'text',
    content       text         NOT NULL,
    content_hash  text         NOT NULL,
    tokens        integer      NOT NULL,
    tsv           tsvector     GENERATED ALWAYS AS (to_tsvector('simple', content)) STORED,
    embedding     vector(384)  NOT NULL,
    model_version text         NOT NULL,
    CONSTRAINT chunks_document_index_key UNIQUE (document_id, chunk_index)
);

CREATE INDEX IF NOT EXISTS chunks_owner_idx ON chunks (owner_id);
CREATE INDEX IF NOT EXISTS chunks_embedding_hnsw_idx ON chunks USING hnsw (embedding vector_cosine_ops);
CREATE INDEX IF NOT EXISTS chunks_tsv_idx ON chunks USING gin (tsv);

-- include: inbox/1_processed_events.sql
