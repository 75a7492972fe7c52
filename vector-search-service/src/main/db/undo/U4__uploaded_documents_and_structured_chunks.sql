-- phase: contract
-- Undo of V4: uploaded documents lose their original bytes and indexing state, chunks their
-- structure. Uploaded documents themselves stay (rows of documents); re-uploading restores them.
DROP TABLE IF EXISTS document_contents;
ALTER TABLE chunks DROP COLUMN IF EXISTS search_tsv;
ALTER TABLE chunks DROP COLUMN IF EXISTS page;
ALTER TABLE chunks DROP COLUMN IF EXISTS section_path;
ALTER TABLE documents DROP COLUMN IF EXISTS indexed_at;
ALTER TABLE documents DROP COLUMN IF EXISTS claimed_until;
ALTER TABLE documents DROP COLUMN IF EXISTS generation;
ALTER TABLE documents DROP COLUMN IF EXISTS attempts;
ALTER TABLE documents DROP COLUMN IF EXISTS status_reason;
ALTER TABLE documents DROP COLUMN IF EXISTS tags;
ALTER TABLE documents DROP COLUMN IF EXISTS size_bytes;
ALTER TABLE documents DROP COLUMN IF EXISTS name;
