-- phase: contract
-- Undo of V1: removes memories and the outbox (data included). Used by: migration-job rollback --to 0.
DROP TABLE IF EXISTS outbox;
DROP TABLE IF EXISTS memories;
