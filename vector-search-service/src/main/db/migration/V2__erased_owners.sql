-- Users who erased their account, and when. Events of one user travel on several partitions (keyed
-- by memory, conversation, file...), so a change made before the erasure may arrive after it; the
-- indexer drops any event older than the owner's erasure instead of indexing it again.
CREATE TABLE IF NOT EXISTS erased_owners (
    owner_id   text        PRIMARY KEY,
    erased_at  timestamptz NOT NULL
);
