-- vector-search-service, version 15: the keyword index's postings, one row per (owner, word, chunk),
-- so BM25 reads only the owner's postings of the query's words (docs/architecture.md, "Keyword
-- search"). Before, the GIN index over chunks.search_tsv matched the query's words in every owner's
-- chunks (its posting lists are not split by owner) and each matching chunk's tsvector was read and
-- unnested to count the words: the cost grew with the whole index, not with the owner's share.
--
-- A row holds what BM25 needs: the word's occurrences in the chunk (all, and those in the section
-- path, weight A, which the query counts assistant.search.bm25.heading-weight times), the chunk's
-- length in word pieces and its document, all in the primary key's leaf (INCLUDE), so a query is an
-- index-only range scan per word.
CREATE TABLE IF NOT EXISTS chunk_terms (
    owner_id            text    NOT NULL,
    lexeme              text    NOT NULL,
    chunk_id            bigint  NOT NULL,
    document_id         uuid    NOT NULL,
    occurrences         integer NOT NULL,
    heading_occurrences integer NOT NULL,
    chunk_tokens        integer NOT NULL,
    CONSTRAINT chunk_terms_pkey PRIMARY KEY (owner_id, lexeme, chunk_id)
        INCLUDE (document_id, occurrences, heading_occurrences, chunk_tokens)
);

-- Kept by the database, not by the service, so every writer keeps it right: pods of the previous
-- release (which know nothing of this table) during the rollout, and the foreign-key cascades from
-- documents (erasure, deletes). Statement-level with transition tables: one INSERT or DELETE per
-- statement on chunks, not one per row. chunks rows are never updated in place (a document's
-- chunks are replaced), but an update would be handled as delete + insert.
CREATE OR REPLACE FUNCTION chunk_terms_sync() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        DELETE FROM chunk_terms p
        USING old_chunks o, unnest(o.search_tsv) t
        WHERE p.owner_id = o.owner_id AND p.lexeme = t.lexeme AND p.chunk_id = o.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO chunk_terms (owner_id, lexeme, chunk_id, document_id, occurrences, heading_occurrences, chunk_tokens)
        SELECT n.owner_id, t.lexeme, n.id, n.document_id, coalesce(cardinality(t.positions), 1),
               coalesce(cardinality(array_positions(t.weights, 'A')), 0), n.tokens
        FROM new_chunks n, unnest(n.search_tsv) t
        WHERE n.search_tsv IS NOT NULL
        ON CONFLICT (owner_id, lexeme, chunk_id) DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER chunk_terms_on_insert AFTER INSERT ON chunks
    REFERENCING NEW TABLE AS new_chunks FOR EACH STATEMENT EXECUTE FUNCTION chunk_terms_sync();
CREATE OR REPLACE TRIGGER chunk_terms_on_delete AFTER DELETE ON chunks
    REFERENCING OLD TABLE AS old_chunks FOR EACH STATEMENT EXECUTE FUNCTION chunk_terms_sync();
CREATE OR REPLACE TRIGGER chunk_terms_on_update AFTER UPDATE ON chunks
    REFERENCING OLD TABLE AS old_chunks NEW TABLE AS new_chunks FOR EACH STATEMENT EXECUTE FUNCTION chunk_terms_sync();
