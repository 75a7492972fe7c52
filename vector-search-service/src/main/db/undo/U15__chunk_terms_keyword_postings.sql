-- phase: contract
-- Undo of V15: the keyword postings and the triggers that keep them (code before V15 reads only
-- chunks.search_tsv).
DROP TRIGGER IF EXISTS chunk_terms_on_insert ON chunks;
DROP TRIGGER IF EXISTS chunk_terms_on_delete ON chunks;
DROP TRIGGER IF EXISTS chunk_terms_on_update ON chunks;
DROP FUNCTION IF EXISTS chunk_terms_sync();
DROP TABLE IF EXISTS chunk_terms;
