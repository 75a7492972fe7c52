-- vector-search-service, version 16: the postings of the chunks written before V15's triggers.
-- A file of its own so that V15's triggers are committed (and keeping new chunks' postings) before
-- this runs, and so that V15's brief lock on chunks is not held through the backfill.
--
-- FOR KEY SHARE: a chunk deleted while this runs either is skipped (deleted first) or waits for this
-- transaction (deleted after being read), and then its trigger sees the postings written here and
-- removes them. Without the lock such a chunk would leave postings behind. Inserts and reads of
-- chunks are not blocked; deletes of existing chunks (re-indexing a document) wait for this
-- migration (measured in docs/benchmarks.md: about 40 s for 100,000 chunks on 2 cores).
-- Chunks inserted meanwhile get their postings from the trigger; ON CONFLICT skips those this also
-- read.
INSERT INTO chunk_terms (owner_id, lexeme, chunk_id, document_id, occurrences, heading_occurrences, chunk_tokens)
SELECT c.owner_id, t.lexeme, c.id, c.document_id, coalesce(cardinality(t.positions), 1),
       coalesce(cardinality(array_positions(t.weights, 'A')), 0), c.tokens
FROM chunks c, unnest(c.search_tsv) t
WHERE c.search_tsv IS NOT NULL
FOR KEY SHARE OF c
ON CONFLICT (owner_id, lexeme, chunk_id) DO NOTHING;
