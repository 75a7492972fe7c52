-- phase: contract
-- Undo of V1: removes documents, chunks and the inbox (data included; it can be rebuilt by replaying
-- the events). The vector extension stays: it is the platform's, shared by the database.
DROP TABLE IF EXISTS processed_events;
DROP TABLE IF EXISTS chunks;
DROP TABLE IF EXISTS documents;
