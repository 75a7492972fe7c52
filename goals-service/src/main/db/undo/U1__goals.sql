-- phase: contract
-- Undo of V1: removes the goal trees (data included). Used by: migration-job rollback --to 0.
DROP TABLE IF EXISTS goals;
