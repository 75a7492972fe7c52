-- SearchRepository.semantic: the owner's nearest 400 chunks (assistant.search.candidates) by the
-- active model's vectors, HNSW with iterative scan, planned for this owner; no filter, so the
-- nearest vectors are found first and then joined to their chunks; the 10 best kept in :ids.
BEGIN;
SET LOCAL hnsw.iterative_scan = relaxed_order;
SET LOCAL plan_cache_mode = force_custom_plan;
SET LOCAL hnsw.ef_search = 400;
SELECT (array_agg(id ORDER BY score DESC))[1:10]::text AS ids FROM (
SELECT c.id, c.document_id, 1 - (v.embedding <=> :qv::text::vector) AS score
FROM (SELECT v.chunk_id, v.embedding FROM search.chunk_vectors v
      WHERE v.owner_id = 'bench_' || lpad(:u::text, 3, '0') AND v.model = :model
      ORDER BY v.embedding <=> :qv::text::vector LIMIT 400) v
     JOIN search.chunks c ON c.id = v.chunk_id AND c.owner_id = 'bench_' || lpad(:u::text, 3, '0')
     JOIN search.documents d ON d.id = c.document_id AND d.owner_id = 'bench_' || lpad(:u::text, 3, '0')) s \gset
COMMIT;
