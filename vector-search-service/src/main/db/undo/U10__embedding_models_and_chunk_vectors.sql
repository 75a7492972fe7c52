-- phase: contract
-- Undo of V10: the active model's vectors go back into chunks.embedding (code before V10 reads only
-- that column, and embeds queries with all-MiniLM-L6-v2: switch back to it before undoing a switch
-- to another model). Chunks without an active vector keep a NULL embedding (keyword search only).
UPDATE chunks c SET embedding = v.embedding, model_version = v.model
FROM chunk_vectors v JOIN embedding_models m ON m.model = v.model AND m.state = 'active'
WHERE v.chunk_id = c.id;
DROP TABLE IF EXISTS chunk_vectors;
DROP TABLE IF EXISTS embedding_models;
