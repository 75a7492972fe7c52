-- SearchRepository.feedback and SearchService.mix (assistant.search.feedback.chunks 3, .weight 0.5):
-- the mean vector of the owner's 3 chunks nearest the query, added at half weight to the query
-- vector, normalized; the semantic candidates after it are read with that vector (:qv).
BEGIN;
SET LOCAL hnsw.iterative_scan = relaxed_order;
SET LOCAL plan_cache_mode = force_custom_plan;
SET LOCAL hnsw.ef_search = 100;
SELECT l2_normalize(:qv::text::vector + avg(t.embedding) * array_fill(0.5::real, ARRAY[384])::vector)::text AS qv FROM (
SELECT v.embedding
FROM (SELECT v.chunk_id, v.embedding FROM search.chunk_vectors v
      WHERE v.owner_id = 'bench_' || lpad(:u::text, 3, '0') AND v.model = :model
      ORDER BY v.embedding <=> :qv::text::vector LIMIT 3) v
     JOIN search.chunks c ON c.id = v.chunk_id AND c.owner_id = 'bench_' || lpad(:u::text, 3, '0')
     JOIN search.documents d ON d.id = c.document_id AND d.owner_id = 'bench_' || lpad(:u::text, 3, '0')) t \gset
COMMIT;
