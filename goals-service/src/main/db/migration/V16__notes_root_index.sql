-- Notes by tree, deleted or not: deleting a root soft-deletes its tree's live notes (deleted_at IS
-- NULL) and restoring it brings back those deleted with it (deleted_at = the root's), which the
-- partial notes indexes (live rows only) cannot find; a tree's export reads its notes by the same
-- prefix. Built without blocking writes, in a file of its own.
CREATE INDEX CONCURRENTLY IF NOT EXISTS notes_root_idx ON notes (owner_id, root_id, deleted_at);
