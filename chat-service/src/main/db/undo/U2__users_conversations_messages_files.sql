-- phase: contract
-- Undo of V2 (data included). Used by: migration-job rollback --to 1.
ALTER TABLE memories DROP COLUMN IF EXISTS metadata;
DROP TABLE IF EXISTS files;
DROP TABLE IF EXISTS file_contents;
DROP TABLE IF EXISTS messages;
DROP TABLE IF EXISTS conversations;
DROP TABLE IF EXISTS users;
