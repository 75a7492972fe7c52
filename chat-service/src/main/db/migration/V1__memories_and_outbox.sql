-- chat-service, version 1: memories, and the transactional outbox every chat change writes to.
-- Runs in schema "chat" (Flyway's default schema for this service).

CREATE TABLE IF NOT EXISTS memories (
    id          uuid        PRIMARY KEY,
    owner_id    text        NOT NULL,
    title       text        NOT NULL,
    content     text        NOT NULL,
    importance  smallint    NOT NULL DEFAULT 5 CONSTRAINT memories_importance_range CHECK (importance BETWEEN 1 AND 10),
    tags        text[]      NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- A user's memories, newest first, with id as the keyset tie-breaker.
CREATE INDEX IF NOT EXISTS memories_owner_created_idx ON memories (owner_id, created_at DESC, id DESC);

-- include: outbox/1_outbox_table.sql
