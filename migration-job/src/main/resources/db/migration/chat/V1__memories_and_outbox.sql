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

-- Outbox: written in the same transaction as the change it announces; the relay publishes rows in
-- id order (per aggregate order follows) and stamps published_at.
CREATE TABLE IF NOT EXISTS outbox (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        uuid        NOT NULL CONSTRAINT outbox_event_id_key UNIQUE,
    event_type      text        NOT NULL,
    aggregate_type  text        NOT NULL,
    aggregate_id    text        NOT NULL,
    owner_id        text        NOT NULL,
    payload         jsonb       NOT NULL,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    published_at    timestamptz
);

CREATE INDEX IF NOT EXISTS outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL;
