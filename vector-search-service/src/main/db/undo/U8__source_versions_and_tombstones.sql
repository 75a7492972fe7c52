-- phase: contract
-- Undo of V8: late events are no longer recognised (each event is applied in arrival order again).
DROP TABLE IF EXISTS source_tombstones;
ALTER TABLE documents DROP COLUMN IF EXISTS container_ref;
ALTER TABLE documents DROP COLUMN IF EXISTS container_source;
ALTER TABLE documents DROP COLUMN IF EXISTS source_version;
