-- vector-search-service, version 8: documents derived from other services' events stay right when
-- events arrive late, twice or out of order (docs/events.md, "vector-search-service as a consumer").
--
-- documents.source_version: the version of its source that an event-derived document reflects
-- (the producer's event time, ce_time); an event older than it is skipped. Uploads leave it null.
-- documents.container_source/container_ref: what the source lives in and is deleted with in its own
-- service (a chat message's conversation), so that deletion removes it too.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS source_version timestamptz;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS container_source text;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS container_ref text;

-- Sources deleted in their own service, and the version (event time) of the deletion: a change
-- older than it, to the source or to what it lives in, arriving late, is skipped instead of bringing
-- the document back. Kept for assistant.ingest.tombstone-retention, dropped at once when the owner
-- is erased (erased_owners then guards every older event), and when the source comes back newer.
CREATE TABLE IF NOT EXISTS source_tombstones (
    owner_id         text        NOT NULL,
    source           text        NOT NULL,
    source_ref       text        NOT NULL,
    deleted_version  timestamptz NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT source_tombstones_pkey PRIMARY KEY (owner_id, source, source_ref)
);
-- The retention purge: the oldest deletions first.
CREATE INDEX IF NOT EXISTS source_tombstones_deleted_idx ON source_tombstones (deleted_version);
