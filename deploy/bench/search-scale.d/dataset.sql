-- search-scale's dataset: 100 users (bench_001 .. bench_100) x 250 documents x 4 chunks = 100,000
-- chunks, generated from real material. Input (staged by search-scale from the search-eval database,
-- in schema public): bench_source, the Cranfield text chunks as the service cut and embedded them
-- (content, search_tsv, tokens, section path, the active model's vector); bench_queries, the 225
-- Cranfield queries as the service embedded them. psql variable :model is that model's version.
--
-- Each generated chunk copies the text (and tsvector) of a source chunk picked by a hash of (user,
-- document, position), so every user has a different mix of real passages and keyword queries meet
-- real term statistics; its vector is the source vector plus uniform noise of :noise per dimension,
-- normalized: copies of one passage held by different users are near neighbours but not duplicates,
-- which keeps the HNSW graph from collapsing onto identical points (cosine to the source ~0.99).
SET search_path = search, public;
\set ON_ERROR_STOP on
SELECT count(*) AS sources FROM bench_source \gset

BEGIN;
INSERT INTO embedding_models (model, state, activated_at) VALUES (:'model', 'active', now())
    ON CONFLICT (model) DO NOTHING;
DELETE FROM documents WHERE owner_id LIKE 'bench\_%';

INSERT INTO documents (id, owner_id, source, source_ref, title, name, mime_type, sha256, status,
                       created_at, updated_at, indexed_at, size_bytes, tags)
SELECT md5('doc-' || u || '-' || d)::uuid, 'bench_' || lpad(u::text, 3, '0'), 'upload', 'bench-' || d,
       'Document ' || d, 'document-' || d || '.md', 'text/markdown', md5('doc-' || u || '-' || d), 'indexed',
       now() - make_interval(hours => d), now(), now(), 2000, ARRAY['tag-' || (d % 10)]
FROM generate_series(1, 100) u, generate_series(1, 250) d;

INSERT INTO chunks (document_id, owner_id, chunk_index, chunk_type, content, content_hash, tokens,
                    section_path, search_tsv)
SELECT md5('doc-' || u || '-' || d)::uuid, 'bench_' || lpad(u::text, 3, '0'), i, s.chunk_type, s.content,
       s.content_hash, s.tokens, s.section_path, s.search_tsv
FROM generate_series(1, 100) u CROSS JOIN generate_series(1, 250) d CROSS JOIN generate_series(0, 3) i
JOIN bench_source s ON s.id = 1 + abs(hashtext(u || '-' || d || '-' || i)) % :sources;

INSERT INTO chunk_vectors (model, chunk_id, owner_id, embedding)
SELECT :'model', c.id, c.owner_id,
       l2_normalize(s.embedding + (SELECT array_agg((random() - 0.5) * :noise)::vector
                                   FROM generate_series(1, 384) g WHERE c.id IS NOT NULL))
FROM chunks c JOIN bench_source s ON s.content_hash = c.content_hash
WHERE c.owner_id LIKE 'bench\_%';
COMMIT;
ANALYZE documents;
ANALYZE chunks;
ANALYZE chunk_vectors;
