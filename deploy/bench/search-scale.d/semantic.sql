-- pgbench: what GET /api/search?mode=semantic&limit=10 runs (SearchRepository.semantic, then
-- details for the page): the owner's nearest 400 chunks (assistant.search.candidates) by the
-- active model's vectors, HNSW with iterative scan, then the 10 shown with their snippets. The
-- query vector is one of the 225 Cranfield queries as the service embedded them, fetched first
-- (one primary-key read, counted in the latency); the service embeds the query text instead.
\set u random(1, 100)
\set q random(1, 225)
SELECT embedding::text AS qv, (SELECT model FROM search.embedding_models WHERE state = 'active') AS model, query AS qt
FROM public.bench_queries WHERE id = :q \gset
BEGIN;
SET LOCAL hnsw.iterative_scan = relaxed_order;
SET LOCAL plan_cache_mode = force_custom_plan;
SET LOCAL hnsw.ef_search = 400;
SELECT (array_agg(id ORDER BY score DESC))[1:10]::text AS ids FROM (
SELECT c.id, c.document_id, 1 - (v.embedding <=> :qv::text::vector) AS score
FROM search.chunk_vectors v JOIN search.chunks c ON c.id = v.chunk_id
     JOIN search.documents d ON d.id = c.document_id
WHERE v.owner_id = 'bench_' || lpad(:u::text, 3, '0') AND v.model = :model AND c.owner_id = 'bench_' || lpad(:u::text, 3, '0')
  AND d.owner_id = 'bench_' || lpad(:u::text, 3, '0')
ORDER BY v.embedding <=> :qv::text::vector LIMIT 400) s \gset
COMMIT;
SELECT c.id, c.document_id, d.source, d.source_ref, d.title, c.chunk_type, c.section_path, c.page, c.chunk_index,
       ts_headline('english', c.content, q.query, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
FROM search.chunks c JOIN search.documents d ON d.id = c.document_id,
     (SELECT coalesce(nullif(replace(websearch_to_tsquery('english', :qt)::text, ' & ', ' | '), '')::tsquery, ''::tsquery) AS query) q
WHERE c.owner_id = 'bench_' || lpad(:u::text, 3, '0') AND c.id = ANY(:ids::bigint[]);
