-- chat-service, version 2: users' profiles, conversations, messages (full text + trigram search),
-- and files with per-user de-duplicated content. Every row carries its owner (the JWT subject).

-- Profiles, created on a user's first request from the token's claims.
CREATE TABLE IF NOT EXISTS users (
    id            text        PRIMARY KEY,
    username      text        NOT NULL,
    email         text,
    display_name  text,
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS users_username_trgm_idx ON users USING gin (username gin_trgm_ops);

CREATE TABLE IF NOT EXISTS conversations (
    id                      uuid        PRIMARY KEY,
    owner_id                text        NOT NULL,
    title                   text        NOT NULL,
    tags                    text[]      NOT NULL DEFAULT '{}',
    template                text,
    archived                boolean     NOT NULL DEFAULT false,
    pinned                  boolean     NOT NULL DEFAULT false,
    -- A branch: the conversation it was branched from, and the last message it copied.
    parent_id               uuid        CONSTRAINT conversations_parent_fk REFERENCES conversations (id) ON DELETE SET NULL,
    branched_from_sequence  bigint,
    metadata                jsonb       NOT NULL DEFAULT '{}',
    -- Allocates message sequence numbers (never reused); message_count is how many exist now.
    last_sequence           bigint      NOT NULL DEFAULT 0,
    message_count           bigint      NOT NULL DEFAULT 0,
    last_message_at         timestamptz,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now()
);
-- A user's list, most recently active first (keyset on updated_at, id).
CREATE INDEX IF NOT EXISTS conversations_owner_updated_idx ON conversations (owner_id, updated_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS conversations_tags_idx ON conversations USING gin (owner_id, tags);
CREATE INDEX IF NOT EXISTS conversations_title_trgm_idx ON conversations USING gin (owner_id, title gin_trgm_ops);

CREATE TABLE IF NOT EXISTS messages (
    id                uuid        PRIMARY KEY,
    conversation_id   uuid        NOT NULL CONSTRAINT messages_conversation_fk REFERENCES conversations (id) ON DELETE CASCADE,
    owner_id          text        NOT NULL,
    sequence          bigint      NOT NULL,
    role              text        NOT NULL CONSTRAINT messages_role_known CHECK (role IN ('user', 'assistant', 'system')),
    content           text        NOT NULL,
    model             text,
    edited            boolean     NOT NULL DEFAULT false,
    original_content  text,
    metadata          jsonb       NOT NULL DEFAULT '{}',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    -- 'simple': no language-specific stemming, so Vietnamese and English are tokenised alike.
    search            tsvector    GENERATED ALWAYS AS (to_tsvector('simple', content)) STORED,
    CONSTRAINT messages_conversation_sequence_key UNIQUE (conversation_id, sequence)
);
-- Owner first in both search indexes (btree_gin), so a user's search never walks other users' rows.
CREATE INDEX IF NOT EXISTS messages_search_idx ON messages USING gin (owner_id, search);
CREATE INDEX IF NOT EXISTS messages_content_trgm_idx ON messages USING gin (owner_id, content gin_trgm_ops);
CREATE INDEX IF NOT EXISTS messages_owner_created_idx ON messages (owner_id, created_at DESC);

-- File content, stored once per user and sha256 (the same upload twice costs one copy).
CREATE TABLE IF NOT EXISTS file_contents (
    owner_id    text        NOT NULL,
    sha256      text        NOT NULL,
    size_bytes  bigint      NOT NULL,
    content     bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT file_contents_pkey PRIMARY KEY (owner_id, sha256)
);

CREATE TABLE IF NOT EXISTS files (
    id               uuid        PRIMARY KEY,
    owner_id         text        NOT NULL,
    name             text        NOT NULL,
    mime_type        text        NOT NULL,
    size_bytes       bigint      NOT NULL,
    sha256           text        NOT NULL,
    metadata         jsonb       NOT NULL DEFAULT '{}',
    conversation_id  uuid        CONSTRAINT files_conversation_fk REFERENCES conversations (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT files_content_fk FOREIGN KEY (owner_id, sha256) REFERENCES file_contents (owner_id, sha256)
);
CREATE INDEX IF NOT EXISTS files_owner_created_idx ON files (owner_id, created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS files_content_idx ON files (owner_id, sha256);

-- Memories gain free-form metadata (legacy fields an import keeps), with a constant default: no rewrite.
ALTER TABLE memories ADD COLUMN IF NOT EXISTS metadata jsonb NOT NULL DEFAULT '{}';
